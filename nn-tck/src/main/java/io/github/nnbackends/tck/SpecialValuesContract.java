package io.github.nnbackends.tck;

import io.github.nnbackends.tck.Check.Zeros;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IEEE 754 as numpy computes it, at the edges of float64: NaN, ±∞, ±0.0, subnormals and values near overflow, through
 * every operation. Nothing may be skipped because a factor or an alpha is 0 ({@code 0·∞} and {@code 0·NaN} are NaN);
 * only gemm with beta 0 does not read c. Subnormals are kept, and overflow is ∞.
 *
 * @since 2.0
 */
public interface SpecialValuesContract extends BackendUnderTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.nnbackends.tck.Cases#gemmSpecialValues")
    default void gemmCarriesNaNInfinityAndSubnormalsAsIeeeDoes(Cases.Gemm gemm) {
        GeneratedCasesContract.checkGemm(this, gemm);
    }

    @Test
    default void gemmPropagatesNaNAndInfinityEvenTimesZero() {
        Object a = matrix(2, 2, Double.NaN, 1, Double.POSITIVE_INFINITY, 1);
        Object b = matrix(2, 2, 0, 0, 0, 0);
        Object c = matrix(2, 2, 5, 5, 5, 5);
        algebra().gemm(1, a, false, b, false, 1, c);
        Check.sameValues("gemm of [[NaN, 1], [∞, 1]]·0 + c: NaN·0 and ∞·0 are NaN, not 0", 2, 2,
                new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN}, values(c), Zeros.EITHER_SIGN);
        Object d = matrix(1, 2, 7, 7);
        algebra().gemm(0, matrix(1, 1, Double.POSITIVE_INFINITY), false, matrix(1, 2, 1, 2), false, 1, d);
        Check.sameValues("gemm with alpha 0 of ∞·[1, 2] + c: 0·∞ is NaN, so alpha 0 must not skip the product", 1, 2,
                new double[] {Double.NaN, Double.NaN}, values(d), Zeros.EITHER_SIGN);
    }

    @ParameterizedTest(name = "copy {0}")
    @MethodSource("io.github.nnbackends.tck.Cases#edges")
    default void copyKeepsEveryEdgeValue(Cases.Elementwise c) {
        double[] values = c.values().draw(c.rows() * c.cols(), c.seed());
        Object dst = algebra().zeros(c.rows(), c.cols());
        algebra().copy(matrix(c.rows(), c.cols(), values), dst);
        Check.sameValues("copy, " + c, c.rows(), c.cols(), values, values(dst), Zeros.SIGNED);
        Check.sameValues("toRowMajor(fromRowMajor(v)), " + c, c.rows(), c.cols(), values,
                values(matrix(c.rows(), c.cols(), values)), Zeros.SIGNED);
    }

    @ParameterizedTest(name = "scale {0}")
    @MethodSource("io.github.nnbackends.tck.Cases#edges")
    default void scaleIsIeeeMultiplicationAtTheEdges(Cases.Elementwise c) {
        double[] values = c.values().draw(c.rows() * c.cols(), c.seed());
        for (double alpha : new double[] {0, -0.0, -1, 2, 0.5, Double.POSITIVE_INFINITY}) {
            Object m = matrix(c.rows(), c.cols(), values);
            algebra().scale(alpha, m);
            Check.sameValues("scale by " + alpha + ", " + c, c.rows(), c.cols(),
                    Reference.scale(alpha, values), values(m), Zeros.SIGNED, i -> "m = " + Check.text(values[i]));
        }
    }

    /** Alpha ±1 and 0 keep alpha·x exact, so fused and separate multiply-adds agree here too. */
    @ParameterizedTest(name = "addScaled {0}")
    @MethodSource("io.github.nnbackends.tck.Cases#edges")
    default void addScaledIsIeeeArithmeticAtTheEdges(Cases.Elementwise c) {
        double[] x = c.values().draw(c.rows() * c.cols(), c.seed());
        double[] y = c.values().draw(c.rows() * c.cols(), c.seed() + 5);
        for (double alpha : new double[] {1, -1, 0, -0.0}) {
            Object my = matrix(c.rows(), c.cols(), y);
            algebra().addScaled(alpha, matrix(c.rows(), c.cols(), x), my);
            Check.sameValues("addScaled " + alpha + "·x to y, " + c, c.rows(), c.cols(),
                    Reference.addScaled(alpha, x, y), values(my), Zeros.SIGNED,
                    i -> "x = " + Check.text(x[i]) + ", y = " + Check.text(y[i]));
        }
    }

    @ParameterizedTest(name = "relu and reluMask {0}")
    @MethodSource("io.github.nnbackends.tck.Cases#edges")
    default void reluAndItsMaskAtTheEdges(Cases.Elementwise c) {
        double[] pre = c.values().draw(c.rows() * c.cols(), c.seed());
        double[] grad = c.values().draw(c.rows() * c.cols(), c.seed() + 3);
        Object out = algebra().zeros(c.rows(), c.cols());
        algebra().relu(matrix(c.rows(), c.cols(), pre), out);
        Check.sameValues("relu, " + c + " (NaN stays NaN; a zero may have either sign)", c.rows(), c.cols(),
                Reference.relu(pre), values(out), Zeros.EITHER_SIGN, i -> "in = " + Check.text(pre[i]));
        algebra().reluMask(matrix(c.rows(), c.cols(), grad), matrix(c.rows(), c.cols(), pre), out);
        Check.sameValues("reluMask of edge gradients where pre holds edge values, " + c + " (kept where pre is NaN "
                + "or −0.0)", c.rows(), c.cols(), Reference.reluMask(grad, pre), values(out), Zeros.SIGNED,
                i -> "grad = " + Check.text(grad[i]) + ", pre = " + Check.text(pre[i]));
    }

    @Test
    default void sumOfSquaresCarriesNaNAndOverflowsToInfinity() {
        Check.sameValue("sumOfSquares of [1, NaN, 2]", Double.NaN,
                algebra().sumOfSquares(matrix(1, 3, 1, Double.NaN, 2)), Zeros.EITHER_SIGN);
        Check.sameValue("sumOfSquares of [−∞, 1]", Double.POSITIVE_INFINITY,
                algebra().sumOfSquares(matrix(2, 1, Double.NEGATIVE_INFINITY, 1)), Zeros.EITHER_SIGN);
        Check.sameValue("sumOfSquares of [1e200, −1e200] (each square overflows)", Double.POSITIVE_INFINITY,
                algebra().sumOfSquares(matrix(1, 2, 1e200, -1e200)), Zeros.EITHER_SIGN);
        Check.sameValue("sumOfSquares of [smallest subnormal, 1e-160] (the first square is 0)", 1e-320,
                algebra().sumOfSquares(matrix(1, 2, Double.MIN_VALUE, 1e-160)), Zeros.EITHER_SIGN);
        double[] large = Values.EDGE.draw(73 * 61, 1);
        Check.sameValue("sumOfSquares of 4,453 edge values (a NaN among them)", Double.NaN,
                algebra().sumOfSquares(matrix(73, 61, large)), Zeros.EITHER_SIGN);
    }
}
