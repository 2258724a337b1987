package io.github.nnbackends.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * What nn's charts share: axes, lines, colours, and writing a chart as PNG or SVG, drawn without a display.
 * Each chart is a picture of numbers the command also writes as CSV.
 */
public final class Charts {

    /** The picture's size in pixels: readable on a page of the README, and in a terminal's image viewer. */
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 620;

    /** One colour per backend, in the order given, distinct also for colour-blind readers (Okabe and Ito). */
    private static final List<Color> COLORS = List.of(new Color(0x0072B2), new Color(0xD55E00),
            new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9),
            new Color(0xF0E442), Color.BLACK);

    static {
        // No display is needed, nor used if there is one: charts go to files.
        System.setProperty("java.awt.headless", "true");
        // Rotated labels (the y axis's) as text, not glyph outlines: an SVG then keeps them as text, searchable.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Charts() {
    }

    /** The file formats a chart can be written in, by the file name's extension. */
    public static final List<String> FORMATS = List.of("png", "svg");

    /**
     * Writes {@code chart} to {@code out} as {@code format} ("png" or "svg").
     *
     * @throws IOException if {@code out} does
     */
    public static void write(JFreeChart chart, String format, OutputStream out) throws IOException {
        if (format.equals("svg")) {
            SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
            chart.draw(graphics, new Rectangle(WIDTH, HEIGHT));
            out.write(graphics.getSVGDocument().getBytes(StandardCharsets.UTF_8));
        } else if (format.equals("png")) {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } else {
            throw new IllegalArgumentException("no chart format '" + format + "'; " + FORMATS);
        }
    }

    static JFreeChart chart(String title, XYPlot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** How a series is drawn: as a line, a line through marked points, or points alone (for scattered values). */
    enum Style {
        LINES, LINES_AND_MARKERS, POINTS
    }

    /** A plot of {@code lines} over {@code x}, against a log-scaled {@code y}. */
    static XYPlot plot(ValueAxis x, String yLabel, List<Series> lines, Style style) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(style != Style.POINTS, style != Style.LINES);
        if (style == Style.POINTS) {
            renderer.setDefaultShape(new Ellipse2D.Double(-1.5, -1.5, 3, 3));
            renderer.setAutoPopulateSeriesShape(false);
        }
        for (int i = 0; i < lines.size(); i++) {
            data.addSeries(drawable(lines.get(i), x instanceof LogAxis));
            renderer.setSeriesPaint(i, color(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        XYPlot plot = new XYPlot(data, x, logAxis(yLabel), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return plot;
    }

    /** The colour of the series at {@code index}: a backend keeps its colour in every plot of a chart. */
    public static Color color(int index) {
        return COLORS.get(index % COLORS.size());
    }

    static NumberAxis stepAxis() {
        NumberAxis steps = new NumberAxis("step");
        steps.setAutoRangeIncludesZero(true);
        steps.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        return steps;
    }

    static LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(1e-300);
        axis.setNumberFormatOverride(scientific());
        return axis;
    }

    /** {@code axis} labelled in plain numbers (100, 1,600, 0.5): for sizes and times, which span a few decades. */
    static LogAxis inPlainNumbers(LogAxis axis) {
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return axis;
    }

    /** Numbers on log axes and in labels: 1E-9, 2.5E4. */
    static DecimalFormat scientific() {
        return new DecimalFormat("0.#E0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** {@code series} as JFreeChart draws it: without what a log axis cannot show. */
    private static XYSeries drawable(Series series, boolean logX) {
        XYSeries drawn = new XYSeries(series.name(), false, true);
        for (int i = 0; i < series.x().length; i++) {
            double x = series.x()[i];
            double y = series.y()[i];
            if (y > 0 && Double.isFinite(y) && (!logX || x > 0)) {
                drawn.add(x, y, false);
            }
        }
        return drawn;
    }
}
