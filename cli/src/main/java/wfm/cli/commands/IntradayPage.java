package wfm.cli.commands;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import wfm.cli.io.AtomicFiles;
import wfm.cli.report.HtmlReport;
import wfm.forecasting.intraday.Band;
import wfm.forecasting.intraday.QueueWatch;

/** The supervisor's page of {@code wfm intraday --html}: per queue the day so far, the reforecast band and alerts. */
final class IntradayPage {
    private IntradayPage() {
    }

    static void write(Path file, IntradayReport report) {
        HtmlReport page = new HtmlReport("Intraday " + report.now().toLocalDate() + " at " + report.now().toLocalTime());
        List<List<String>> rows = new ArrayList<>();
        for (IntradayReport.Queue q : report.queues()) {
            QueueWatch w = q.watch();
            Band t = w.rest().total();
            rows.add(List.of(q.day().queue(), String.format(Locale.ROOT, "%.0f", w.rest().callsSoFar()),
                    String.format(Locale.ROOT, "%.0f", w.rest().forecastSoFar()),
                    String.format(Locale.ROOT, "%.2f", w.rest().level()),
                    String.format(Locale.ROOT, "%.0f", t.mean()),
                    String.format(Locale.ROOT, "%.0f-%.0f", t.lo80(), t.hi80()),
                    String.format(Locale.ROOT, "%.0f", q.forecastRest()),
                    String.format(Locale.ROOT, "%.0f", q.ratioToDateRest())));
        }
        page.table(List.of("queue", "calls so far", "forecast so far", "level now", "rest of day", "80% interval",
                "day-ahead", "ratio-to-date"), rows);
        for (IntradayReport.Queue q : report.queues()) {
            page.heading(q.day().queue());
            page.verdict(q.watch().alert().isEmpty(), IntradayReport.surgeSentence(q));
            page.chart(chart(q));
        }
        page.paragraph("Level: calls per forecast call, updated from the calls so far (gamma prior from "
                + report.queues().get(0).watch().priorSource() + "). Bands: 80% and 95% prediction intervals "
                + "conditional on the morning. Ratio-to-date scales the rest of the forecast by actual/forecast so far.");
        AtomicFiles.writeText(file, out -> out.write(page.html()));
    }

    private static JFreeChart chart(IntradayReport.Queue q) {
        IntradayDays.QueueDay day = q.day();
        QueueWatch w = q.watch();
        double[] forecast = day.counts().expected();
        double[] actual = day.counts().actual();
        int from = w.rest().from();
        XYSeries seen = new XYSeries("calls so far");
        XYSeries dayAhead = new XYSeries("day-ahead forecast");
        YIntervalSeries band80 = new YIntervalSeries("reforecast, 80% band");
        YIntervalSeries band95 = new YIntervalSeries("95% band");
        for (int k = 0; k < forecast.length; k++) {
            double x = millis(day.starts().get(k));
            dayAhead.add(x, forecast[k]);
            if (k < from && !Double.isNaN(actual[k])) {
                seen.add(x, actual[k]);
            }
            if (k >= from) {
                Band b = w.rest().intervals().get(k - from);
                band80.add(x, b.mean(), b.lo80(), b.hi80());
                band95.add(x, b.mean(), b.lo95(), b.hi95());
            }
        }
        DateAxis time = new DateAxis("time");
        time.setTimeZone(TimeZone.getTimeZone("UTC"));
        XYPlot plot = new XYPlot(new YIntervalSeriesCollection(), time, new NumberAxis("calls per interval"), null);
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        bands.addSeries(band80);
        bands.addSeries(band95);
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        bandRenderer.setSeriesFillPaint(0, new Color(0x1565C0));
        bandRenderer.setSeriesFillPaint(1, new Color(0x90CAF9));
        bandRenderer.setSeriesPaint(0, new Color(0x1565C0));
        bandRenderer.setSeriesPaint(1, new Color(0x90CAF9));
        bandRenderer.setAlpha(0.35f);
        plot.setDataset(0, bands);
        plot.setRenderer(0, bandRenderer);
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(seen);
        lines.addSeries(dayAhead);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, Color.BLACK);
        lineRenderer.setSeriesStroke(0, new BasicStroke(2f));
        lineRenderer.setSeriesPaint(1, Color.GRAY);
        lineRenderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        w.alert().ifPresent(a -> {
            IntervalMarker surge = new IntervalMarker(millis(day.starts().get(a.estimatedStart())),
                    millis(day.starts().get(a.interval()).plusMinutes(day.intervalMinutes())));
            surge.setPaint(new Color(0xFFCDD2));
            surge.setLabel("surge");
            plot.addDomainMarker(surge, org.jfree.chart.ui.Layer.BACKGROUND);
        });
        if (from > 0 && from <= day.starts().size()) {
            ValueMarker nowMarker = new ValueMarker(millis(day.starts().get(from - 1)
                    .plusMinutes(day.intervalMinutes())));
            nowMarker.setPaint(Color.DARK_GRAY);
            nowMarker.setLabel("now");
            plot.addDomainMarker(nowMarker);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(day.queue() + ": the day so far and the rest reforecast",
                JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static double millis(LocalDateTime t) {
        return t.toInstant(ZoneOffset.UTC).toEpochMilli();
    }
}
