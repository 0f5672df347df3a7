package wfm.cli.report;

import java.awt.Color;
import java.time.LocalDate;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Agent-hours per day: what the requirement asks for on the phones beside the paid hours the roster gives. */
public final class AgentHoursChart {
    private AgentHoursChart() {
    }

    public static JFreeChart of(Map<LocalDate, Double> requiredHours, Map<LocalDate, Double> rosteredHours) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        requiredHours.forEach((day, h) -> data.addValue(h, "required on the phones", label(day)));
        rosteredHours.forEach((day, h) -> data.addValue(h, "rostered (paid hours)", label(day)));
        JFreeChart chart = ChartFactory.createBarChart("Agent-hours per day", "day", "agent-hours", data,
                PlotOrientation.VERTICAL, true, false, false);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer bars = (BarRenderer) chart.getCategoryPlot().getRenderer();
        bars.setSeriesPaint(0, new Color(0xC62828));
        bars.setSeriesPaint(1, new Color(0x1565C0));
        bars.setShadowVisible(false);
        chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
        chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    private static String label(LocalDate day) {
        return day.getDayOfWeek().toString().substring(0, 3) + " " + day.getMonthValue() + "/" + day.getDayOfMonth();
    }
}
