package io.github.nnbackends.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * {@code nn compare --plot}: every backend's loss curve over each other's, and below them each backend's relative
 * difference to the reference per step, both on log scales, the tolerance drawn as a line.
 */
public final class ComparisonChart {

    /**
     * Where a difference of exactly 0 is drawn: a log scale has no 0, and two doubles that differ at all differ
     * relatively by at least 2^-53 (1.1e-16), so a point here is unmistakably "equal".
     */
    public static final double ZERO_DRAWN_AT = 1e-17;

    private ComparisonChart() {
    }

    /**
     * @param losses      each backend's loss per step, the reference's first
     * @param differences each other backend's relative difference to the reference per step, in the order of
     *                    {@code losses} after the reference
     * @param tolerance   the largest relative difference that counts as agreeing
     */
    public static JFreeChart of(String title, List<Series> losses, List<Series> differences, double tolerance) {
        XYPlot curves = Charts.plot(Charts.stepAxis(), "loss (log scale)", losses, Charts.Style.LINES);
        List<Series> floored = new ArrayList<>();
        double largest = tolerance;
        for (Series difference : differences) {
            double[] y = difference.y().clone();
            for (int i = 0; i < y.length; i++) {
                y[i] = y[i] == 0 ? ZERO_DRAWN_AT : y[i];
                largest = Double.isFinite(y[i]) ? Math.max(largest, y[i]) : largest;
            }
            floored.add(new Series(difference.name(), difference.x(), y));
        }
        XYPlot apart = Charts.plot(Charts.stepAxis(), "relative difference to " + losses.get(0).name()
                + " (0 drawn at " + Charts.scientific().format(ZERO_DRAWN_AT) + ")", floored, Charts.Style.POINTS);
        // The same colour for a backend in both plots: the reference has no line below, so the others shift by one.
        for (int i = 0; i < floored.size(); i++) {
            apart.getRenderer().setSeriesPaint(i, Charts.color(i + 1));
            apart.getRenderer().setSeriesVisibleInLegend(i, false);
        }
        ValueMarker line = new ValueMarker(tolerance, Color.RED, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        line.setLabel("tolerance " + Charts.scientific().format(tolerance));
        line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        apart.addRangeMarker(line);
        // From "equal" to above the largest difference and the tolerance: the line stays in view even when every
        // difference is far below it.
        apart.getRangeAxis().setRange(ZERO_DRAWN_AT / 2, Math.min(Math.max(largest, ZERO_DRAWN_AT) * 10,
                Double.MAX_VALUE));
        CombinedDomainXYPlot both = new CombinedDomainXYPlot(Charts.stepAxis());
        both.setGap(12);
        both.add(curves, 1);
        both.add(apart, 1);
        return Charts.chart(title, both, true);
    }
}
