package nn.tck;

/**
 * How close two backends' (or a backend's and numpy's) numbers must be. Float64 backprop run through different
 * libraries agrees to about 1e-12 relative after 2000 steps (the libraries sum products in different orders); the
 * bar is 1e-9, a thousand times looser, and still far below any real difference in the math.
 */
public final class Tolerance {

    public static final double RELATIVE = 1e-9;

    private Tolerance() {
    }

    /** {@code |a − b| / max(|a|, |b|)}; 0 when both are equal, including both zero. */
    public static double relativeDifference(double a, double b) {
        if (a == b) {
            return 0;
        }
        return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
    }
}
