package org.kakehashi.dashboard.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws the dashboard's charts with JFreeChart, on the server: as SVG for the page and onto any Graphics2D (the
 * PDF's). Colours and type follow Lumo's, so the charts sit in the page as its own parts.
 */
final class DashboardCharts {

    static final int WIDTH = 560;
    static final int HEIGHT = 300;
    /** Lumo's primary blue, then a quiet grey-blue and a green for a second and third series. */
    private static final Color[] SERIES = {new Color(0x1676F3), new Color(0x94A3B8), new Color(0x16A34A)};
    private static final Color TEXT = new Color(0x1A2533);
    private static final Color SECONDARY_TEXT = new Color(0x5F6B7A);
    private static final Color GRID = new Color(0xE3E7ED);

    private DashboardCharts() {
    }

    static JFreeChart chart(ChartData data, Locale locale) {
        var dataset = new DefaultCategoryDataset();
        for (var row : data.rows()) {
            for (int i = 0; i < data.series().size(); i++) {
                dataset.addValue(row.values().get(i), data.series().get(i), row.label());
            }
        }
        var categoryAxis = new CategoryAxis();
        var valueAxis = new NumberAxis();
        valueAxis.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        var renderer = new BarRenderer();
        var plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(data.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        var chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, data.series().size() > 1);
        style(chart, plot, renderer, categoryAxis, valueAxis, data, locale);
        return chart;
    }

    private static void style(JFreeChart chart, CategoryPlot plot, BarRenderer renderer, CategoryAxis categoryAxis,
            NumberAxis valueAxis, ChartData data, Locale locale) {
        var font = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        chart.setAntiAlias(true);
        // each bar in a group of its own in the SVG, so that it can be counted and told apart
        chart.setElementHinting(true);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 4, 12));
        categoryAxis.setTickLabelFont(font);
        categoryAxis.setTickLabelPaint(SECONDARY_TEXT);
        categoryAxis.setAxisLineVisible(false);
        categoryAxis.setTickMarksVisible(false);
        categoryAxis.setCategoryMargin(data.series().size() > 1 ? 0.25 : 0.3);
        categoryAxis.setMaximumCategoryLabelLines(2);
        valueAxis.setTickLabelFont(font);
        valueAxis.setTickLabelPaint(SECONDARY_TEXT);
        valueAxis.setAxisLineVisible(false);
        valueAxis.setTickMarksVisible(false);
        valueAxis.setUpperMargin(0.12);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < data.series().size(); i++) {
            renderer.setSeriesPaint(i, SERIES[i % SERIES.length]);
        }
        // the number at the end of each bar, so the chart reads without the axis
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                NumberFormat.getIntegerInstance(locale)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(data.horizontal()
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setItemLabelAnchorOffset(4);
        if (data.horizontal()) {
            // the numbers stand at the bars' ends: an axis of values would only repeat them
            valueAxis.setVisible(false);
            plot.setRangeGridlinesVisible(false);
        }
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
        renderer.setDefaultItemLabelPaint(TEXT);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.TOP);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setItemFont(font);
            legend.setItemPaint(SECONDARY_TEXT);
            legend.setBackgroundPaint(Color.WHITE);
        }
    }

    /** The chart as an SVG element that scales to the width it is given; ids prefixed so that charts can share a page. */
    static String svg(ChartData data, Locale locale) {
        var g2 = new SVGGraphics2D(WIDTH, HEIGHT);
        g2.setDefsKeyPrefix("chart-" + data.id() + "-");
        chart(data, locale).draw(g2, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g2.getSVGElement("chart-" + data.id(), false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    static void draw(ChartData data, Locale locale, Graphics2D g2, Rectangle2D area) {
        chart(data, locale).draw(g2, area);
    }
}
