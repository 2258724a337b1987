package nn.train;

/**
 * When two runs' numbers count as the same: a relative difference of at most {@link #TOLERANCE}. Float64 backprop
 * run through different libraries agrees to about 1e-12 relative after 2000 steps (each library sums products in
 * its own order); 1e-9 is a thousand times looser, and far below any real difference in the math.
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

    /** Whether {@code a} and {@code b} differ by at most {@code tolerance}, relatively. */
    public static boolean within(double a, double b, double tolerance) {
        return relativeDifference(a, b) <= tolerance;
    }
}
