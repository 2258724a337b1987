package io.github.nnbackends.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.tck.Check.Zeros;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the SPI on small examples whose results are written out: what each one computes, what it may
 * read and write, and that the same inputs give the same bits. Whole numbers keep every expected value exact.
 *
 * @since 2.0
 */
public interface OperationsContract extends BackendUnderTest {

    @Test
    default void multipliesAsTheTextbookExampleSays() {
        Object c = algebra().zeros(2, 2);
        algebra().gemm(1, matrix(2, 3, 1, 2, 3, 4, 5, 6), false, matrix(3, 2, 7, 8, 9, 10, 11, 12), false, 0, c);
        expect(c, 2, 2, "[[1, 2, 3], [4, 5, 6]]·[[7, 8], [9, 10], [11, 12]]", 58, 64, 139, 154);
    }

    @Test
    default void gemmWithBetaZeroIgnoresWhateverWasInC() {
        Object c = matrix(1, 2, Double.NaN, Double.POSITIVE_INFINITY);
        algebra().gemm(2, matrix(1, 2, 1, 2), false, matrix(2, 2, 3, 4, 5, 6), false, 0, c);
        expect(c, 1, 2, "gemm with beta 0 into c = [NaN, ∞]: c is not read, so its NaN and ∞ must not survive", 26,
                32);
    }

    @Test
    default void gemmAccumulatesIntoANonZeroOutput() {
        Object a = matrix(2, 1, 1, 2);
        Object b = matrix(1, 2, 3, 4);
        Object c = matrix(2, 2, 1, 1, 1, 1);
        algebra().gemm(1, a, false, b, false, 1, c);
        algebra().gemm(1, a, false, b, false, 1, c);
        expect(c, 2, 2, "twice c += [1, 2]ᵀ·[3, 4] from c = 1 (beta 1 adds to what is there)", 7, 9, 13, 17);
    }

    @Test
    default void reluZeroesNegativesAndKeepsTheRest() {
        Object in = matrix(2, 3, -2, 0, 3, -0.5, 1e-300, Double.MAX_VALUE);
        Object out = algebra().zeros(2, 3);
        algebra().relu(in, out);
        expect(out, 2, 3, "relu of [-2, 0, 3, -0.5, 1e-300, max]", 0, 0, 3, 0, 1e-300, Double.MAX_VALUE);
        expect(in, 2, 3, "relu's input, which it must not modify", -2, 0, 3, -0.5, 1e-300, Double.MAX_VALUE);
    }

    @Test
    default void reluKeepsNaNAsNumpyDoes() {
        Object in = matrix(1, 2, Double.NaN, -1);
        algebra().relu(in, in);
        expect(in, 1, 2, "relu of [NaN, -1] in place (np.maximum(0, NaN) is NaN)", Double.NaN, 0);
    }

    @Test
    default void reluWorksInPlace() {
        Object m = matrix(1, 4, -1, 2, -3, 4);
        algebra().relu(m, m);
        expect(m, 1, 4, "relu of [-1, 2, -3, 4] in place", 0, 2, 0, 4);
    }

    @Test
    default void reluMaskZeroesTheGradientOnlyWhereTheInputIsStrictlyNegative() {
        Object grad = matrix(2, 3, 10, 20, 30, 40, 50, 60);
        Object out = matrix(2, 3, 9, 9, 9, 9, 9, 9);
        algebra().reluMask(grad, matrix(2, 3, -1, 0, 2, -1e-300, Double.NaN, -7), out);
        expect(out, 2, 3, "reluMask of [10, 20, 30, 40, 50, 60] where pre is [-1, 0, 2, -1e-300, NaN, -7] (zero "
                + "only where pre < 0, as the tutorial's d[h1 < 0] = 0)", 0, 20, 30, 0, 50, 0);
        expect(grad, 2, 3, "reluMask's gradient, which it must not modify", 10, 20, 30, 40, 50, 60);
    }

    @Test
    default void reluMaskWorksInPlaceOnTheGradient() {
        Object grad = matrix(3, 1, 1, 2, 3);
        algebra().reluMask(grad, matrix(3, 1, 1, -1, 1), grad);
        expect(grad, 3, 1, "reluMask of [1, 2, 3] where pre is [1, -1, 1], written over the gradient", 1, 0, 3);
    }

    @Test
    default void reluMaskMayWriteOverTheInputItTests() {
        Object pre = matrix(1, 3, -1, 1, 0);
        algebra().reluMask(matrix(1, 3, 5, 6, 7), pre, pre);
        expect(pre, 1, 3, "reluMask of [5, 6, 7] where pre is [-1, 1, 0], written over pre", 0, 6, 7);
        Object both = matrix(1, 3, -2, 0, 2);
        algebra().reluMask(both, both, both);
        expect(both, 1, 3, "reluMask of [-2, 0, 2] by itself, in place", 0, 0, 2);
    }

    @Test
    default void scaleMultipliesEveryElement() {
        Object m = matrix(2, 2, 1, -2, 3, 0.5);
        algebra().scale(-2, m);
        expect(m, 2, 2, "scale by -2 of [1, -2, 3, 0.5]", -2, 4, -6, -1);
    }

    @Test
    default void addScaledAddsAlphaTimesXToY() {
        Object x = matrix(1, 3, 1, 2, 3);
        Object y = matrix(1, 3, 10, 20, 30);
        algebra().addScaled(-0.5, x, y);
        expect(y, 1, 3, "[10, 20, 30] + -0.5·[1, 2, 3]", 9.5, 19, 28.5);
        expect(x, 1, 3, "addScaled's x, which it must not modify", 1, 2, 3);
    }

    @Test
    default void addScaledWorksWhenXIsY() {
        Object y = matrix(2, 1, 4, -6);
        algebra().addScaled(0.5, y, y);
        expect(y, 2, 1, "y + 0.5·y for y = [4, -6], x and y the same matrix", 6, -9);
    }

    @Test
    default void sumOfSquaresAddsEverySquare() {
        Check.sameValue("sumOfSquares of [1, 2, 3, 4, 5, 6]", 91, algebra().sumOfSquares(matrix(2, 3, 1, 2, 3, 4, 5,
                6)), Zeros.EITHER_SIGN);
        Check.sameValue("sumOfSquares of [-3]", 9, algebra().sumOfSquares(matrix(1, 1, -3)), Zeros.EITHER_SIGN);
        Check.sameValue("sumOfSquares of zeros(4, 5)", 0, algebra().sumOfSquares(algebra().zeros(4, 5)),
                Zeros.EITHER_SIGN);
    }

    @Test
    default void copyOverwritesTheDestination() {
        Object src = matrix(3, 2, 1, 2, 3, 4, 5, 6);
        Object dst = matrix(3, 2, 0, 0, 0, 0, 0, 0);
        algebra().copy(src, dst);
        algebra().scale(2, src);
        expect(dst, 3, 2, "a copy of [1, 2, 3, 4, 5, 6], after its source was scaled (a copy shares nothing)", 1, 2,
                3, 4, 5, 6);
    }

    @Test
    default void copyOfAMatrixOntoItselfChangesNothing() {
        Object m = matrix(1, 3, 1, -0.0, 3);
        algebra().copy(m, m);
        expect(m, 1, 3, "[1, -0.0, 3] copied onto itself", 1, -0.0, 3);
    }

    @Test
    default void theSameInputsGiveBitIdenticalOutputsEveryTime() {
        double[] a = new double[37 * 29];
        double[] b = new double[29 * 31];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.sin(i) * 1e3;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = Math.cos(i) / 7;
        }
        Check.sameValues("a second gemm of the same 37×29·29×31 doubles (each run must give the same bits)", 37, 31,
                gemmOnce(a, b), gemmOnce(a, b), Zeros.SIGNED);
        Check.sameValue("a second sumOfSquares of the same 37×29 doubles", algebra().sumOfSquares(matrix(37, 29, a)),
                algebra().sumOfSquares(matrix(37, 29, a)), Zeros.SIGNED);
    }

    private double[] gemmOnce(double[] a, double[] b) {
        Object c = matrix(37, 31, new double[37 * 31]);
        algebra().gemm(0.3, matrix(37, 29, a), false, matrix(29, 31, b), false, 0, c);
        return values(c);
    }

    @Test
    default void zerosAreZeroAndHaveTheirShape() {
        Object m = algebra().zeros(3, 7);
        assertThat(algebra().rows(m)).as("rows of zeros(3, 7)").isEqualTo(3);
        assertThat(algebra().cols(m)).as("cols of zeros(3, 7)").isEqualTo(7);
        Check.sameValues("zeros(3, 7)", 3, 7, new double[21], values(m), Zeros.SIGNED);
    }

    @Test
    default void rowMajorArraysRoundTripAndAreNotShared() {
        double[] data = {1, 2, 3, 4, 5, 6};
        Object m = matrix(2, 3, data);
        data[0] = 99;
        double[] back = values(m);
        Check.sameValues("fromRowMajor of [1, 2, 3, 4, 5, 6], after the caller changed its array (the matrix must "
                + "not share it)", 2, 3, new double[] {1, 2, 3, 4, 5, 6}, back, Zeros.SIGNED);
        back[1] = 99;
        expect(m, 2, 3, "the matrix after the caller changed the array toRowMajor returned (it must be a copy)", 1, 2,
                3, 4, 5, 6);
    }

    /** Fails unless {@code m} holds {@code expected}, row by row, naming the case {@code what}. */
    private void expect(Object m, int rows, int cols, String what, double... expected) {
        assertThat(algebra().rows(m)).as("rows of %s", what).isEqualTo(rows);
        assertThat(algebra().cols(m)).as("cols of %s", what).isEqualTo(cols);
        Check.sameValues(what, rows, cols, expected, values(m), Zeros.SIGNED);
    }
}
