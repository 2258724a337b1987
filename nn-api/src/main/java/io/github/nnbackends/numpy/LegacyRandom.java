package io.github.nnbackends.numpy;

/**
 * The draws of numpy's legacy {@code RandomState}: after {@code numpy.random.seed(seed)}, {@link #nextInt32()} and
 * {@link #nextDouble()} are numpy's bit for bit, and {@link #nextGaussian()} is {@code numpy.random.randn()}. That is
 * MT19937 seeded by {@code init_genrand}, 53-bit doubles from two 32-bit draws, and Gaussians by the polar method,
 * the second of each pair kept for the next call. One limit: the polar method takes a logarithm, and numpy's comes
 * from the C library (glibc's is not always correctly rounded), Java's from {@link Math#log}; for about 1 pair of
 * Gaussians in 3,000 the two differ in the last bit (measured: 343 of 1,000,000 pairs for seed 0), which moves a
 * training loss by about 1e-16 relative. Not thread-safe.
 *
 * @since 2.0
 */
public final class LegacyRandom {

    /** The largest seed numpy accepts, 2^32 − 1. */
    public static final long MAX_SEED = 0xFFFF_FFFFL;

    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908_b0df;
    private static final int UPPER_MASK = 0x8000_0000;
    private static final int LOWER_MASK = 0x7fff_ffff;

    private final int[] state = new int[N];
    private int position;
    private boolean hasGaussian;
    private double gaussian;

    /**
     * The generator of {@code numpy.random.seed(seed)}.
     *
     * @throws IllegalArgumentException if {@code seed} is outside 0..2^32−1, as numpy refuses it too
     */
    public LegacyRandom(long seed) {
        if (seed < 0 || seed > MAX_SEED) {
            throw new IllegalArgumentException("seed must be between 0 and 2^32 - 1 (" + MAX_SEED + "), not " + seed);
        }
        state[0] = (int) seed;
        for (int i = 1; i < N; i++) {
            state[i] = 1_812_433_253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
        }
        position = N;
    }

    /** The next 32 bits of MT19937, as an unsigned value in a long. */
    public long nextInt32() {
        if (position >= N) {
            twist();
        }
        int y = state[position++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >>> 18;
        return y & 0xFFFF_FFFFL;
    }

    /** A double uniform on [0, 1) with 53 random bits: numpy's {@code random_sample()}. */
    public double nextDouble() {
        long a = nextInt32() >>> 5;
        long b = nextInt32() >>> 6;
        return (a * 0x1p26 + b) / 0x1p53;
    }

    /** A standard normal draw: numpy's legacy {@code randn()}. */
    public double nextGaussian() {
        if (hasGaussian) {
            hasGaussian = false;
            return gaussian;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * nextDouble() - 1.0;
            x2 = 2.0 * nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        gaussian = f * x1;
        hasGaussian = true;
        return f * x2;
    }

    /** {@code numpy.random.randn(rows, cols)}, row-major. */
    public double[] gaussians(int rows, int cols) {
        double[] values = new double[Math.multiplyExact(rows, cols)];
        for (int i = 0; i < values.length; i++) {
            values[i] = nextGaussian();
        }
        return values;
    }

    private void twist() {
        for (int i = 0; i < N; i++) {
            int y = (state[i] & UPPER_MASK) | (state[(i + 1) % N] & LOWER_MASK);
            state[i] = state[(i + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
        }
        position = 0;
    }
}
