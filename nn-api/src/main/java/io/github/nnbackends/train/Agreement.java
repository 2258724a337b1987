package io.github.nnbackends.train;

/**
 * When two runs' numbers count as the same: a relative difference of at most {@link #TOLERANCE}. Float64 backprop
 * run through different libraries agrees to 1e-11 or better (each library sums products in its own order; the
 * consistency tests' largest difference is 1.2e-11, and against numpy the tutorial's run differs by about 1e-13);
 * 1e-9 is a hundred times looser than the worst seen, and far below any real difference in the math.
 *
 * @since 2.0
 */
public final class Agreement {

    public static final double TOLERANCE = 1e-9;

    private Agreement() {
    }

    /**
     * {@code |a − b| / max(|a|, |b|)}. Equal values differ by 0, and so do two NaNs: two runs that diverged alike
     * agree, as numpy's and nn's {@code nan} lines do. A NaN or an infinity against anything else differs
     * infinitely.
     */
    public static double relativeDifference(double a, double b) {
        if (a == b || (Double.isNaN(a) && Double.isNaN(b))) {
            return 0;
        }
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }
}
