package wfm.cli.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import wfm.cli.io.AtomicFiles;
import wfm.forecasting.QueueForecast;
import wfm.forecasting.series.IntervalSeries;

/** A PNG per forecast run: for each queue (at most six), the last two weeks of history, the forecast and its bands. */
public final class ForecastChart {
    private static final int HISTORY_DAYS = 14;
    private static final int MAX_QUEUES = 6;

    private ForecastChart() {
    }

    public static void write(Path file, List<IntervalSeries> history, List<QueueForecast> forecasts) {
        DateAxis time = new DateAxis("time");
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
        int n = Math.min(MAX_QUEUES, forecasts.size());
        for (int q = 0; q < n; q++) {
            XYPlot sub = queuePlot(history.get(q), forecasts.get(q));
            if (q > 0) {
                sub.setFixedLegendItems(new org.jfree.chart.LegendItemCollection()); // one legend for all queues
            }
            plot.add(sub, 1);
        }
        String title = "Forecast" + (forecasts.size() > n ? " (first " + n + " of " + forecasts.size() + " queues)" : "");
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        int height = 120 + 260 * n;
        AtomicFiles.writeBytes(file, out -> ChartUtils.writeChartAsPNG(out, chart, 1400, height));
    }

    private static XYPlot queuePlot(IntervalSeries history, QueueForecast f) {
        XYSeries past = new XYSeries("history");
        int from = Math.max(0, history.length() - HISTORY_DAYS * history.grid().slotsPerDay());
        for (int i = from; i < history.length(); i++) {
            // a closed or missing interval is a gap in the line, not a diagonal across the night
            past.add(millis(history.grid().start(i)),
                    !history.isOpen(i) || Double.isNaN(history.offered(i)) ? null : history.offered(i));
        }
        YIntervalSeries band95 = new YIntervalSeries("95% interval");
        YIntervalSeries band80 = new YIntervalSeries("80% interval");
        YIntervalSeries mean = new YIntervalSeries("forecast");
        for (int h = 0; h < f.steps(); h++) {
            if (!f.open()[h]) {
                continue;
            }
            double x = millis(f.start(h));
            band95.add(x, f.calls()[h], f.lo95()[h], f.hi95()[h]);
            band80.add(x, f.calls()[h], f.lo80()[h], f.hi80()[h]);
            mean.add(x, f.calls()[h], f.calls()[h], f.calls()[h]);
        }
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(band95);
        bands.addSeries(band80);
        bands.addSeries(mean);
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        Color blue = new Color(31, 119, 180);
        bandRenderer.setSeriesFillPaint(0, new Color(31, 119, 180, 50));
        bandRenderer.setSeriesFillPaint(1, new Color(31, 119, 180, 90));
        bandRenderer.setSeriesFillPaint(2, blue);
        bandRenderer.setSeriesPaint(0, new Color(0, 0, 0, 0));
        bandRenderer.setSeriesPaint(1, new Color(0, 0, 0, 0));
        bandRenderer.setSeriesPaint(2, blue);
        bandRenderer.setSeriesStroke(2, new BasicStroke(1.2f));
        bandRenderer.setAlpha(1f);
        XYPlot plot = new XYPlot(bands, null, new NumberAxis(f.queue() + " calls / " + f.grid().intervalMinutes()
                + " min"), bandRenderer);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, Color.DARK_GRAY);
        plot.setDataset(1, new XYSeriesCollection(past));
        plot.setRenderer(1, line);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    private static double millis(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
