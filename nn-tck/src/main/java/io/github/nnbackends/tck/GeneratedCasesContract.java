package io.github.nnbackends.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.tck.Check.Zeros;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation over the generated cases of {@link Cases}, against the kit's {@link Reference}: many shapes (tall,
 * wide, large enough that a backend switches kernels), every transpose and a spread of alpha and beta. Each failure
 * names its case, the element, and both values.
 *
 * @since 2.0
 */
public interface GeneratedCasesContract extends BackendUnderTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nnbackends.tck.Cases#gemm")
    default void gemmComputesAlphaOpAOpBPlusBetaC(Cases.Gemm gemm) {
        checkGemm(this, gemm);
    }

    /** Any doubles, long sums: within the bounds of rounding in any order, far tighter than float32. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nnbackends.tck.Cases#gemmDoubles")
    default void gemmIsAccurateOnAnyDoubles(Cases.Gemm gemm) {
        checkGemm(this, gemm);
    }

    @ParameterizedTest(name = "copy {0}")
    @MethodSource("io.github.nnbackends.tck.Cases#elementwise")
    default void copyCopiesEveryValue(Cases.Elementwise c) {
        double[] values = c.values().draw(c.rows() * c.cols(), c.seed());
        Object dst = algebra().zeros(c.rows(), c.cols());
        Check.running("copy " + c, () -> algebra().copy(matrix(c.rows(), c.cols(), values), dst));
        Check.sameValues("copy " + c, c.rows(), c.cols(), values, values(dst), Zeros.SIGNED);
    }

    @ParameterizedTest(name = "scale {0}")
    @MethodSource("io.github.nnbackends.tck.Cases#elementwise")
    default void scaleMultipliesEveryValue(Cases.Elementwise c) {
        double[] values = c.values().draw(c.rows() * c.cols(), c.seed());
        for (double alpha : new double[] {-1.5, 2, 0}) {
            Object m = matrix(c.rows(), c.cols(), values);
            Check.running("scale by " + alpha + ", " + c, () -> algebra().scale(alpha, m));
            Check.sameValues("scale by " + alpha + ", " + c, c.rows(), c.cols(), Reference.scale(alpha, values),
                    values(m), Zeros.SIGNED);
        }
    }

    /** Powers of two as alpha: alpha·x is exact, so a fused multiply-add gives the same bits as two operations. */
    @ParameterizedTest(name = "addScaled {0}")
    @MethodSource("io.github.nnbackends.tck.Cases#elementwise")
    default void addScaledAddsAlphaTimesXToEveryValue(Cases.Elementwise c) {
        double[] x = c.values().draw(c.rows() * c.cols(), c.seed());
        double[] y = c.values().draw(c.rows() * c.cols(), c.seed() + 1);
        for (double alpha : new double[] {1, -0.5, 0, 4}) {
            Object my = matrix(c.rows(), c.cols(), y);
            Object mx = matrix(c.rows(), c.cols(), x);
            Check.running("addScaled " + alpha + "·x to y, " + c, () -> algebra().addScaled(alpha, mx, my));
            Check.sameValues("addScaled " + alpha + "·x to y, " + c, c.rows(), c.cols(),
                    Reference.addScaled(alpha, x, y), values(my), Zeros.SIGNED);
            Check.sameValues("addScaled leaves x as it was, " + c, c.rows(), c.cols(), x, values(mx), Zeros.SIGNED);
        }
    }

    @ParameterizedTest(name = "relu {0}")
    @MethodSource("io.github.nnbackends.tck.Cases#elementwise")
    default void reluKeepsThePositivePart(Cases.Elementwise c) {
        double[] in = c.values().draw(c.rows() * c.cols(), c.seed());
        Object out = algebra().zeros(c.rows(), c.cols());
        Object m = matrix(c.rows(), c.cols(), in);
        Check.running("relu " + c, () -> algebra().relu(m, out));
        Check.sameValues("relu " + c, c.rows(), c.cols(), Reference.relu(in), values(out), Zeros.EITHER_SIGN);
        Check.running("relu in place " + c, () -> algebra().relu(m, m));
        Check.sameValues("relu in place " + c, c.rows(), c.cols(), Reference.relu(in), values(m),
                Zeros.EITHER_SIGN);
    }

    @ParameterizedTest(name = "reluMask {0}")
    @MethodSource("io.github.nnbackends.tck.Cases#elementwise")
    default void reluMaskZeroesTheGradientWherePreIsNegative(Cases.Elementwise c) {
        double[] grad = c.values().draw(c.rows() * c.cols(), c.seed());
        double[] pre = c.values().draw(c.rows() * c.cols(), c.seed() + 1);
        Object out = algebra().zeros(c.rows(), c.cols());
        Check.running("reluMask " + c, () -> algebra().reluMask(matrix(c.rows(), c.cols(), grad),
                matrix(c.rows(), c.cols(), pre), out));
        Check.sameValues("reluMask " + c, c.rows(), c.cols(), Reference.reluMask(grad, pre), values(out),
                Zeros.SIGNED);
    }

    @ParameterizedTest(name = "sumOfSquares {0}")
    @MethodSource("io.github.nnbackends.tck.Cases#elementwise")
    default void sumOfSquaresAddsEverySquare(Cases.Elementwise c) {
        double[] values = c.values().draw(c.rows() * c.cols(), c.seed());
        double expected = Reference.sumOfSquares(values);
        double[] actualHolder = new double[1];
        Check.running("sumOfSquares " + c,
                () -> actualHolder[0] = algebra().sumOfSquares(matrix(c.rows(), c.cols(), values)));
        double actual = actualHolder[0];
        if (c.values() == Values.INTEGERS) {
            Check.sameValue("sumOfSquares " + c, expected, actual, Zeros.EITHER_SIGN);
        } else {
            // Any order of summation is allowed: within n rounding errors of the sum, each at most its ulp.
            double bound = values.length * Math.ulp(expected);
            assertThat(Math.abs(actual - expected))
                    .as("sumOfSquares %s: should be %s within %s (any order of summation), but is %s", c,
                            expected, bound, actual)
                    .isLessThanOrEqualTo(bound);
        }
    }

    @ParameterizedTest(name = "fromRowMajor/toRowMajor {0}")
    @MethodSource("io.github.nnbackends.tck.Cases#elementwise")
    default void rowMajorValuesRoundTripBitForBit(Cases.Elementwise c) {
        double[] values = c.values().draw(c.rows() * c.cols(), c.seed());
        Object m = matrix(c.rows(), c.cols(), values);
        assertThat(algebra().rows(m)).as("rows of %s", c).isEqualTo(c.rows());
        assertThat(algebra().cols(m)).as("cols of %s", c).isEqualTo(c.cols());
        Check.sameValues("toRowMajor(fromRowMajor(v)) " + c, c.rows(), c.cols(), values, values(m), Zeros.SIGNED);
    }

    /**
     * {@code gemm} on {@code gemm}'s case, checked against the reference; its operands stored transposed when gemm
     * is to transpose them back, and checked unchanged after.
     */
    static void checkGemm(BackendUnderTest backend, Cases.Gemm gemm) {
        int m = gemm.m();
        int k = gemm.k();
        int n = gemm.n();
        double[] a = gemm.values().draw(m * k, gemm.seed());
        double[] b = gemm.values().draw(k * n, gemm.seed() + 1);
        double[] c = gemm.values().draw(m * n, gemm.seed() + 2);
        Object ma = operand(backend, a, m, k, gemm.transposeA());
        Object mb = operand(backend, b, k, n, gemm.transposeB());
        Object mc = backend.matrix(m, n, c);
        Check.running(gemm.toString(), () -> backend.algebra().gemm(gemm.alpha(), ma, gemm.transposeA(), mb,
                gemm.transposeB(), gemm.beta(), mc));
        double[] expected = Reference.gemm(gemm.alpha(), a, b, gemm.beta(), c, m, k, n);
        if (gemm.values() == Values.DOUBLES) {
            Check.withinBounds(gemm.toString(), m, n, expected, backend.values(mc),
                    Reference.gemmErrorBounds(gemm.alpha(), a, b, gemm.beta(), c, m, k, n));
        } else {
            Check.sameValues(gemm.toString(), m, n, expected, backend.values(mc), Zeros.EITHER_SIGN);
        }
        Check.sameValues("a is not modified by " + gemm, gemm.transposeA() ? k : m, gemm.transposeA() ? m : k,
                gemm.transposeA() ? Reference.transpose(a, m, k) : a, backend.values(ma), Zeros.SIGNED);
        Check.sameValues("b is not modified by " + gemm, gemm.transposeB() ? n : k, gemm.transposeB() ? k : n,
                gemm.transposeB() ? Reference.transpose(b, k, n) : b, backend.values(mb), Zeros.SIGNED);
    }

    /** A rows×cols operand, stored transposed (cols×rows) when gemm is to transpose it back. */
    private static Object operand(BackendUnderTest backend, double[] values, int rows, int cols, boolean transpose) {
        return transpose ? backend.matrix(cols, rows, Reference.transpose(values, rows, cols))
                : backend.matrix(rows, cols, values);
    }
}
