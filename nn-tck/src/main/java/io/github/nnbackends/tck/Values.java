package io.github.nnbackends.tck;

import java.util.SplittableRandom;

/**
 * The values the kit feeds a backend, drawn from a fixed seed so that every run tries the same ones. Each kind keeps
 * the expected results exact in any order of summation and with or without fused multiply-adds, so that the kit can
 * compare bit for bit where the arithmetic allows.
 *
 * @since 2.0
 */
public enum Values {

    /** Whole numbers from −5 to 5: their products' sums are exact, whatever the order. */
    INTEGERS,

    /** Any doubles (standard normal): for operations that do one IEEE operation per element. */
    DOUBLES,

    /** Whole numbers, with NaN, +∞, −∞ and −0.0 among them: where each goes is the same in any order. */
    NON_FINITE,

    /** Whole multiples of the smallest subnormal: they sum exactly, and a backend that flushes them to 0 shows. */
    SUBNORMAL,

    /**
     * Every edge of float64 in turn ({@link #EDGES}: NaN, ±∞, ±0.0, subnormals, near overflow), from a place the
     * seed picks: for elementwise operations, where each result is one IEEE operation.
     */
    EDGE;

    /** The edges of float64 that {@link #EDGE} cycles through. */
    static final double[] EDGES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
        Double.MIN_VALUE, -Double.MIN_VALUE, 3 * Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL,
        Double.MAX_VALUE, -Double.MAX_VALUE, 1e308, -1e300, 1e200, 1.5, -2, 1e-300, 7};

    private static final double[] NON_FINITE_VALUES = {Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, -0.0};

    /**
     * {@code count} values of this kind, from {@code seed}: the same in every run, so that a failing case's values can
     * be drawn again from the seed its message names.
     */
    public double[] draw(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = switch (this) {
                case INTEGERS -> random.nextInt(11) - 5;
                case DOUBLES -> random.nextDouble(-1, 1) * Math.scalb(1.0, random.nextInt(-20, 21));
                case NON_FINITE -> random.nextInt(6) == 0 ? NON_FINITE_VALUES[random.nextInt(4)]
                        : random.nextInt(11) - 5;
                case SUBNORMAL -> (random.nextInt(11) - 5) * Double.MIN_VALUE;
                case EDGE -> EDGES[(int) Math.floorMod(i + seed, (long) EDGES.length)];
            };
        }
        return values;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
