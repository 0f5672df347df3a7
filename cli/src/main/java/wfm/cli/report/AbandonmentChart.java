package wfm.cli.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import wfm.cli.io.AtomicFiles;
import wfm.simulation.stats.ConfidenceInterval;

/** A PNG chart of daily abandonment per series, each with its 95% confidence band, and the target line. */
public final class AbandonmentChart {
    private AbandonmentChart() {
    }

    /** One line of the chart: a name and one interval per day. */
    public record Series(String name, List<ConfidenceInterval> daily) {
    }

    public static void write(Path file, String title, List<LocalDate> days, List<Series> series, double target) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Series s : series) {
            YIntervalSeries ys = new YIntervalSeries(s.name());
            for (int d = 0; d < days.size(); d++) {
                ConfidenceInterval ci = s.daily().get(d);
                if (!Double.isNaN(ci.mean())) {
                    ys.add(millis(days.get(d)), ci.mean(), ci.low(), ci.high());
                }
            }
            data.addSeries(ys);
        }
        DateAxis x = new DateAxis("day");
        x.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        java.text.SimpleDateFormat dayFormat = new java.text.SimpleDateFormat("EEE d MMM", java.util.Locale.ROOT);
        dayFormat.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        x.setDateFormatOverride(dayFormat);
        x.setTickUnit(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.DAY,
                Math.max(1, (days.size() + 9) / 10)));
        if (!days.isEmpty()) {
            long halfDay = 12L * 3600 * 1000;
            x.setRange(millis(days.get(0)) - halfDay, millis(days.get(days.size() - 1)) + halfDay);
        }
        NumberAxis y = new NumberAxis("abandoned / offered (mean, 95% CI)");
        y.setNumberFormatOverride(new DecimalFormat("0.0%"));
        y.setAutoRangeIncludesZero(true);
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        Color[] colors = {new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
                new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75)};
        for (int i = 0; i < series.size(); i++) {
            Color c = colors[i % colors.length];
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        renderer.setAlpha(0.25f);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        ValueMarker line = new ValueMarker(target, Color.RED, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        line.setLabel(new DecimalFormat("0.##%").format(target) + " target");
        line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(line);
        // keep the target line in view even when every day is far below it
        double top = Math.max(target * 1.3, data.getSeriesCount() == 0 ? target : maxHigh(data));
        y.setRange(0, top * 1.05);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, series.size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        AtomicFiles.writeBytes(file, out -> {
            try {
                ChartUtils.writeChartAsPNG(out, chart, 1000, 500);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static double maxHigh(YIntervalSeriesCollection data) {
        double max = 0;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                max = Math.max(max, data.getEndYValue(s, i));
            }
        }
        return max;
    }

    private static long millis(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
