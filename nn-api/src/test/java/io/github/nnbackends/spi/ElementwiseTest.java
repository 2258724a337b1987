package io.github.nnbackends.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The shared kernels on ranges, as backends call them on the arrays their matrices wrap: from an offset, for a
 * length, leaving everything outside the range as it was. Exact values (bit patterns where the sign of zero or a
 * NaN matters): these kernels do no rounding beyond IEEE's own.
 */
class ElementwiseTest {

    private static final double NAN = Double.NaN;

    @Test
    void reluKeepsPositivesAndNaNAndZeroesTheRestWithinItsRange() {
        double[] in = {-5, -1, 0, 2.5, NAN, -0.0, 7};
        double[] out = {9, 9, 9, 9, 9, 9, 9, 9};
        Elementwise.relu(in, 1, out, 2, 5);
        assertThat(out).containsExactly(9, 9, 0, 0, 2.5, NAN, 0, 9);
        assertThat(Double.doubleToRawLongBits(out[6])).as("max(-0.0, 0.0) is +0.0, as numpy's maximum")
                .isEqualTo(0L);
    }

    @Test
    void reluMaskKeepsTheGradientWherePreIsNotNegativeOrIsNaN() {
        double[] grad = {1, 2, 3, 4, 5, 6};
        double[] pre = {100, -1, 0, -0.0, NAN, 1e-300, -1e-300, 100};
        double[] out = {9, 9, 9, 9, 9, 9, 9, 9};
        Elementwise.reluMask(grad, 0, pre, 1, out, 1, 6);
        assertThat(out).containsExactly(9, 0, 2, 3, 4, 5, 0, 9);
    }

    @Test
    void reluMaskZeroesToPositiveZeroAndKeepsTheGradientsBitsAndSign() {
        double[] grad = {-3.5, -0.0, NAN, Double.NEGATIVE_INFINITY};
        double[] pre = {-2, 1, 1, 1};
        double[] out = new double[4];
        Elementwise.reluMask(grad, 0, pre, 0, out, 0, 4);
        assertThat(Double.doubleToRawLongBits(out[0])).isEqualTo(0L);
        assertThat(Double.doubleToRawLongBits(out[1])).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(out[2]).isNaN();
        assertThat(out[3]).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void reluMaskMayWriteOverItsGradient() {
        double[] grad = {1, 2, 3};
        Elementwise.reluMask(grad, 0, new double[] {-1, 0, 1}, 0, grad, 0, 3);
        assertThat(grad).containsExactly(0, 2, 3);
    }

    @Test
    void sumsTheSquaresOfItsRangeOnly() {
        double[] values = {100, 1, -2, 3, 100};
        assertThat(Elementwise.sumOfSquares(values, 1, 3)).isEqualTo(14);
        assertThat(Elementwise.sumOfSquares(values, 4, 1)).isEqualTo(10_000);
        assertThat(Elementwise.sumOfSquares(values, 2, 0)).isZero();
    }

    @Test
    void sumsInIndexOrder() {
        // Squares 1 and three of 2^-54: in index order each 2^-54 is lost against 1 (under half its ulp); summed
        // from the end, 3·2^-54 would round 1 up to 1 + 2^-52.
        double tiny = 0x1p-27;
        double[] values = {1, tiny, tiny, tiny};
        assertThat(Elementwise.sumOfSquares(values, 0, 4)).isEqualTo(1.0);
    }
}
