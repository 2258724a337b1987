package io.github.nnbackends.cli.chart;

import java.util.Arrays;

/**
 * One line of a chart: its name in the legend, and its points. Points whose y a log axis cannot show (zero,
 * negative, nan, inf) are left out when drawn; the numbers themselves are in the command's CSV.
 */
public record Series(String name, double[] x, double[] y) {

    /** At most this many points are drawn per line: enough for any picture's width, and quick to draw. */
    static final int MOST_POINTS = 4000;

    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " x values but " + y.length + " y values");
        }
    }

    /** {@code y} against its index: a value per step. */
    public static Series perStep(String name, double[] y) {
        double[] steps = new double[y.length];
        Arrays.setAll(steps, step -> step);
        return new Series(name, steps, y);
    }

    /** Every how many points one is drawn: 1 up to {@link #MOST_POINTS}, the last point always drawn. */
    int stride() {
        return Math.max(1, (x.length + MOST_POINTS - 1) / MOST_POINTS);
    }
}
