package io.github.nnbackends.cli.chart;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A chart drawn at nn's size, as its PNG is: where each plot's data went and the labels along an axis; and its SVG,
 * whose text (title, legend, the step and size axes' labels) is there as text.
 */
record Drawn(Graphics2D graphics, PlotRenderingInfo plot) {

    private static final Pattern TEXT = Pattern.compile("<text x='([^']*)' y='([^']*)'[^>]*>([^<]*)</text>");

    static Drawn of(JFreeChart chart) {
        Graphics2D graphics = new BufferedImage(Charts.WIDTH, Charts.HEIGHT, BufferedImage.TYPE_INT_RGB)
                .createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(graphics, new Rectangle(Charts.WIDTH, Charts.HEIGHT), info);
        return new Drawn(graphics, info.getPlotInfo());
    }

    /** Where a chart of one plot drew its data. */
    Rectangle2D dataArea() {
        return plot.getDataArea();
    }

    /** Where the plot at {@code index} (from the top) of a chart of several drew its data. */
    Rectangle2D dataArea(int index) {
        return plot.getSubplotInfo(index).getDataArea();
    }

    /** The labels {@code axis} writes along {@code area}'s {@code edge}, in order (unlabelled minor ticks left out). */
    List<String> labels(ValueAxis axis, Rectangle2D area, RectangleEdge edge) {
        List<String> labels = new ArrayList<>();
        for (Object tick : axis.refreshTicks(graphics, new AxisState(), area, edge)) {
            if (tick instanceof LogTick log && log.getAttributedLabel() != null) {
                StringBuilder text = new StringBuilder();
                AttributedCharacterIterator chars = log.getAttributedLabel().getIterator();
                for (char c = chars.first(); c != AttributedCharacterIterator.DONE; c = chars.next()) {
                    text.append(c);
                }
                labels.add(text.toString());
            } else if (((Tick) tick).getText() != null) {
                labels.add(((Tick) tick).getText());
            }
        }
        return labels;
    }

    /** {@code chart} as nn writes it in SVG. */
    static String svg(JFreeChart chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Charts.write(chart, "svg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A text of an SVG, where it starts: {@code x} its left end, {@code y} its baseline. */
    record Text(double x, double y, String text) {
    }

    /** Every text of {@code svg}, in the order drawn. */
    static List<Text> texts(String svg) {
        List<Text> texts = new ArrayList<>();
        Matcher text = TEXT.matcher(svg);
        while (text.find()) {
            texts.add(new Text(Double.parseDouble(text.group(1)), Double.parseDouble(text.group(2)),
                    text.group(3)));
        }
        return texts;
    }
}
