package wfm.cli.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.time.Millisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import wfm.cli.io.AtomicFiles;
import wfm.scheduling.solver.Coverage;

/** A PNG of required versus scheduled agents per interval, one pair of step lines per queue. */
public final class CoverageChart {
    private CoverageChart() {
    }

    public static void write(Path file, Coverage coverage) {
        JFreeChart chart = chart(coverage);
        AtomicFiles.writeBytes(file, out -> ChartUtils.writeChartAsPNG(out, chart, 1600, 600));
    }

    static JFreeChart chart(Coverage coverage) {
        Map<String, TimeSeries[]> series = new LinkedHashMap<>();
        for (Coverage.Interval i : coverage.intervals()) {
            TimeSeries[] pair = series.computeIfAbsent(i.queue(), q -> new TimeSeries[] {
                    new TimeSeries(q + " required"), new TimeSeries(q + " scheduled")});
            // wall-clock times drawn as if UTC, so the axis shows the hotline's own clock
            Millisecond at = new Millisecond(java.util.Date.from(i.start().toInstant(ZoneOffset.UTC)),
                    java.util.TimeZone.getTimeZone("UTC"), java.util.Locale.ROOT);
            pair[0].addOrUpdate(at, i.requiredAgents());
            pair[1].addOrUpdate(at, i.scheduledAgents());
        }
        TimeSeriesCollection data = new TimeSeriesCollection();
        series.values().forEach(pair -> {
            data.addSeries(pair[0]);
            data.addSeries(pair[1]);
        });
        JFreeChart chart = ChartFactory.createTimeSeriesChart("Coverage: required vs scheduled agents", "interval",
                "agents", data, true, false, false);
        XYPlot plot = chart.getXYPlot();
        XYStepRenderer renderer = new XYStepRenderer();
        Color[] palette = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728),
                new Color(0x9467bd), new Color(0x8c564b)};
        for (int s = 0; s < data.getSeriesCount(); s++) {
            renderer.setSeriesPaint(s, palette[(s / 2) % palette.length]);
            renderer.setSeriesStroke(s, s % 2 == 0
                    ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f)
                    : new BasicStroke(1.6f));
        }
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        ((org.jfree.chart.axis.DateAxis) plot.getDomainAxis()).setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        return chart;
    }
}
