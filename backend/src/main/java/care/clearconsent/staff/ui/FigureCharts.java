package care.clearconsent.staff.ui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/** Bar charts of percentages, drawn with JFreeChart as SVG: sharp at any zoom, colours with strong contrast, no script. */
final class FigureCharts {

    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    /** Dark blue and dark orange: told apart with the common colour-vision deficiencies, at least 4.5:1 on white. */
    private static final Color[] SERIES = {new Color(0x0b3d91), new Color(0xa04000), new Color(0x1e6b3a)};

    private FigureCharts() {
    }

    /** {@code series} name → (category → percentage 0..100); returns an SVG data URL. */
    static String percentBars(Map<String, Map<String, Double>> series, String valueAxis) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> values.forEach((category, percent) -> data.addValue(percent, name, category)));
        JFreeChart chart = ChartFactory.createBarChart(null, null, valueAxis, data, PlotOrientation.VERTICAL, true, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0x767676));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
        plot.getDomainAxis().setTickLabelPaint(Color.BLACK);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setRange(0, 100);
        range.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        range.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        range.setTickLabelPaint(Color.BLACK);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        for (int i = 0; i < series.size(); i++) {
            bars.setSeriesPaint(i, SERIES[i % SERIES.length]);
        }
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getSVGDocument().getBytes(StandardCharsets.UTF_8));
    }
}
