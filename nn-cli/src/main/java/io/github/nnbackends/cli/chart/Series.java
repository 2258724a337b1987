package io.github.nnbackends.cli.chart;

/**
 * One line of a chart: its name in the legend, and its points. Points whose y a log axis cannot show (zero,
 * negative, nan, inf) are left out when drawn; the numbers themselves are in the command's CSV.
 */
public record Series(String name, double[] x, double[] y) {

    /** At most this many points (and the last) are drawn per step: enough for any picture's width, quick to draw. */
    static final int MOST_POINTS = 4000;

    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException(name + ": " + x.length + " x values but " + y.length + " y values");
        }
    }

    /**
     * {@code y} against its index, a value per step: every value up to {@link #MOST_POINTS}, else evenly spaced ones
     * and the last, so that a run of millions of steps costs its chart no more memory than a short one.
     */
    public static Series perStep(String name, double[] y) {
        int stride = Math.max(1, (y.length + MOST_POINTS - 1) / MOST_POINTS);
        int points = (y.length + stride - 1) / stride + ((y.length - 1) % stride == 0 ? 0 : 1);
        double[] steps = new double[points];
        double[] values = new double[points];
        for (int i = 0; i < points; i++) {
            int step = Math.min(i * stride, y.length - 1);
            steps[i] = step;
            values[i] = y[step];
        }
        return new Series(name, steps, values);
    }
}
