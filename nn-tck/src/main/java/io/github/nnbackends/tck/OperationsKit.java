package io.github.nnbackends.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every SPI operation against plain expected values. Integer-valued inputs keep every expected value exact. */
public abstract class OperationsKit extends KitBase {

    @Test
    void multipliesAsTheTextbookExampleSays() {
        Object a = matrix(2, 3, 1, 2, 3, 4, 5, 6);
        Object b = matrix(3, 2, 7, 8, 9, 10, 11, 12);
        Object c = algebra().zeros(2, 2);
        algebra().gemm(1, a, false, b, false, 0, c);
        assertThat(values(c)).containsExactly(58, 64, 139, 154);
    }

    static Stream<Arguments> gemmCases() {
        int[][] shapes = {{1, 1, 1}, {1, 4, 1}, {4, 1, 3}, {1, 3, 5}, {5, 3, 1}, {3, 4, 2}, {7, 6, 5}, {9, 27, 3}};
        double[][] scalars = {{1, 0}, {1, 1}, {2.5, -0.5}, {-3, 2}, {0.5, 0}};
        List<Arguments> cases = new ArrayList<>();
        for (int[] s : shapes) {
            for (double[] ab : scalars) {
                for (int t = 0; t < 4; t++) {
                    cases.add(Arguments.of(s[0], s[1], s[2], (t & 1) != 0, (t & 2) != 0, ab[0], ab[1]));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}×{1}·{1}×{2}, transpose a {3}, b {4}, alpha {5}, beta {6}")
    @MethodSource("gemmCases")
    void gemmComputesAlphaOpAOpBPlusBetaC(int m, int k, int n, boolean transposeA, boolean transposeB, double alpha,
            double beta) {
        double[] a = Reference.integers(m, k, 1);
        double[] b = Reference.integers(k, n, 2);
        double[] c = Reference.integers(m, n, 3);
        Object ma = operand(a, m, k, transposeA);
        Object mb = operand(b, k, n, transposeB);
        Object mc = matrix(m, n, c);

        algebra().gemm(alpha, ma, transposeA, mb, transposeB, beta, mc);

        assertThat(values(mc)).containsExactly(Reference.gemm(alpha, a, b, beta, c, m, k, n));
        assertThat(values(ma)).as("a is not modified").containsExactly(transposeA ? Reference.transpose(a, m, k) : a);
        assertThat(values(mb)).as("b is not modified").containsExactly(transposeB ? Reference.transpose(b, k, n) : b);
    }

    /** Large enough (2.2M multiply-adds) that a backend may switch to other kernels for it (EJML does). */
    @ParameterizedTest(name = "transpose a {0}, b {1}, beta {2}")
    @MethodSource("largeGemmCases")
    void gemmIsExactOnLargeMatricesToo(boolean transposeA, boolean transposeB, double beta) {
        int m = 130;
        int k = 131;
        int n = 129;
        double[] a = Reference.integers(m, k, 4);
        double[] b = Reference.integers(k, n, 5);
        double[] c = Reference.integers(m, n, 6);
        Object mc = matrix(m, n, c);
        algebra().gemm(-1.5, operand(a, m, k, transposeA), transposeA, operand(b, k, n, transposeB), transposeB,
                beta, mc);
        assertThat(values(mc)).containsExactly(Reference.gemm(-1.5, a, b, beta, c, m, k, n));
    }

    /** A rows×cols operand, stored transposed (cols×rows) when gemm is to transpose it back. */
    private Object operand(double[] values, int rows, int cols, boolean transpose) {
        return transpose ? matrix(cols, rows, Reference.transpose(values, rows, cols)) : matrix(rows, cols, values);
    }

    static Stream<Arguments> largeGemmCases() {
        List<Arguments> cases = new ArrayList<>();
        for (double beta : new double[] {0, 1, 0.5}) {
            for (int t = 0; t < 4; t++) {
                cases.add(Arguments.of((t & 1) != 0, (t & 2) != 0, beta));
            }
        }
        return cases.stream();
    }

    @Test
    void gemmWithBetaZeroIgnoresWhateverWasInC() {
        Object a = matrix(1, 2, 1, 2);
        Object b = matrix(2, 2, 3, 4, 5, 6);
        Object c = matrix(1, 2, Double.NaN, Double.POSITIVE_INFINITY);
        algebra().gemm(2, a, false, b, false, 0, c);
        assertThat(values(c)).containsExactly(26, 32);
    }

    @Test
    void gemmAccumulatesIntoANonZeroOutput() {
        Object a = matrix(2, 1, 1, 2);
        Object b = matrix(1, 2, 3, 4);
        Object c = matrix(2, 2, 1, 1, 1, 1);
        algebra().gemm(1, a, false, b, false, 1, c);
        algebra().gemm(1, a, false, b, false, 1, c);
        assertThat(values(c)).containsExactly(7, 9, 13, 17);
    }

    @Test
    void reluZeroesNegativesAndKeepsTheRest() {
        Object in = matrix(2, 3, -2, 0, 3, -0.5, 1e-300, Double.MAX_VALUE);
        Object out = algebra().zeros(2, 3);
        algebra().relu(in, out);
        assertThat(values(out)).containsExactly(0, 0, 3, 0, 1e-300, Double.MAX_VALUE);
        assertThat(values(in)).containsExactly(-2, 0, 3, -0.5, 1e-300, Double.MAX_VALUE);
    }

    @Test
    void reluKeepsNaNAsNumpyDoes() {
        Object in = matrix(1, 2, Double.NaN, -1);
        algebra().relu(in, in);
        assertThat(values(in)[0]).isNaN();
        assertThat(values(in)[1]).isZero();
    }

    @Test
    void reluWorksInPlace() {
        Object m = matrix(1, 4, -1, 2, -3, 4);
        algebra().relu(m, m);
        assertThat(values(m)).containsExactly(0, 2, 0, 4);
    }

    @Test
    void reluMaskZeroesTheGradientOnlyWhereTheInputIsStrictlyNegative() {
        Object grad = matrix(2, 3, 10, 20, 30, 40, 50, 60);
        Object pre = matrix(2, 3, -1, 0, 2, -1e-300, Double.NaN, -7);
        Object out = matrix(2, 3, 9, 9, 9, 9, 9, 9);
        algebra().reluMask(grad, pre, out);
        assertThat(values(out)).containsExactly(0, 20, 30, 0, 50, 0);
        assertThat(values(grad)).containsExactly(10, 20, 30, 40, 50, 60);
    }

    @Test
    void reluMaskWorksInPlaceOnTheGradient() {
        Object grad = matrix(3, 1, 1, 2, 3);
        Object pre = matrix(3, 1, 1, -1, 1);
        algebra().reluMask(grad, pre, grad);
        assertThat(values(grad)).containsExactly(1, 0, 3);
    }

    @Test
    void reluMaskMayWriteOverTheInputItTests() {
        Object grad = matrix(1, 3, 5, 6, 7);
        Object pre = matrix(1, 3, -1, 1, 0);
        algebra().reluMask(grad, pre, pre);
        assertThat(values(pre)).containsExactly(0, 6, 7);
        Object both = matrix(1, 3, -2, 0, 2);
        algebra().reluMask(both, both, both);
        assertThat(values(both)).containsExactly(0, 0, 2);
    }

    /** Large enough that a backend may switch to other kernels for it (ND4J does from 65,536 elements). */
    @Test
    void reluAndItsMaskAreTheSameOnLargeMatrices() {
        int rows = 300;
        int cols = 400;
        double[] pre = new double[rows * cols];
        double[] grad = new double[rows * cols];
        for (int i = 0; i < pre.length; i++) {
            pre[i] = i % 7 == 0 ? 0 : i % 11 == 0 ? Double.NaN : Math.sin(i);
            grad[i] = Math.cos(i) * 3;
        }
        Object out = algebra().zeros(rows, cols);
        algebra().relu(matrix(rows, cols, pre), out);
        double[] relu = values(out);
        algebra().reluMask(matrix(rows, cols, grad), matrix(rows, cols, pre), out);
        double[] mask = values(out);
        for (int i = 0; i < pre.length; i++) {
            if (Double.isNaN(pre[i])) {
                assertThat(relu[i]).as("relu[%d] of NaN", i).isNaN();
            } else {
                assertThat(relu[i]).as("relu[%d]", i).isEqualTo(pre[i] < 0 ? 0 : pre[i]);
            }
            assertThat(mask[i]).as("mask[%d]", i).isEqualTo(pre[i] < 0 ? 0 : grad[i]);
        }
    }

    @Test
    void scaleMultipliesEveryElement() {
        Object m = matrix(2, 2, 1, -2, 3, 0.5);
        algebra().scale(-2, m);
        assertThat(values(m)).containsExactly(-2, 4, -6, -1);
    }

    @Test
    void addScaledAddsAlphaTimesXToY() {
        Object x = matrix(1, 3, 1, 2, 3);
        Object y = matrix(1, 3, 10, 20, 30);
        algebra().addScaled(-0.5, x, y);
        assertThat(values(y)).containsExactly(9.5, 19, 28.5);
        assertThat(values(x)).containsExactly(1, 2, 3);
    }

    @Test
    void addScaledWorksWhenXIsY() {
        Object y = matrix(2, 1, 4, -6);
        algebra().addScaled(0.5, y, y);
        assertThat(values(y)).containsExactly(6, -9);
    }

    @Test
    void sumOfSquaresAddsEverySquare() {
        assertThat(algebra().sumOfSquares(matrix(2, 3, 1, 2, 3, 4, 5, 6))).isEqualTo(91);
        assertThat(algebra().sumOfSquares(matrix(1, 1, -3))).isEqualTo(9);
        assertThat(algebra().sumOfSquares(algebra().zeros(4, 5))).isZero();
    }

    @Test
    void copyOverwritesTheDestination() {
        Object src = matrix(3, 2, 1, 2, 3, 4, 5, 6);
        Object dst = matrix(3, 2, 0, 0, 0, 0, 0, 0);
        algebra().copy(src, dst);
        algebra().scale(2, src);
        assertThat(values(dst)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void copyOfAMatrixOntoItselfChangesNothing() {
        Object m = matrix(1, 3, 1, -0.0, 3);
        algebra().copy(m, m);
        assertThat(values(m)).containsExactly(1, -0.0, 3);
    }

    @Test
    void theSameInputsGiveBitIdenticalOutputsEveryTime() {
        double[] a = new double[37 * 29];
        double[] b = new double[29 * 31];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.sin(i) * 1e3;
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = Math.cos(i) / 7;
        }
        double[] first = gemmOnce(a, b);
        assertThat(gemmOnce(a, b)).containsExactly(first);
        Object m = matrix(37, 29, a);
        assertThat(algebra().sumOfSquares(m)).isEqualTo(algebra().sumOfSquares(matrix(37, 29, a)));
    }

    private double[] gemmOnce(double[] a, double[] b) {
        Object c = matrix(37, 31, new double[37 * 31]);
        algebra().gemm(0.3, matrix(37, 29, a), false, matrix(29, 31, b), false, 0, c);
        return values(c);
    }

    @Test
    void zerosAreZeroAndHaveTheirShape() {
        Object m = algebra().zeros(3, 7);
        assertThat(algebra().rows(m)).isEqualTo(3);
        assertThat(algebra().cols(m)).isEqualTo(7);
        assertThat(values(m)).hasSize(21).containsOnly(0.0);
    }

    @Test
    void rowMajorArraysRoundTripAndAreNotShared() {
        double[] data = {1, 2, 3, 4, 5, 6};
        Object m = matrix(2, 3, data);
        data[0] = 99;
        assertThat(algebra().rows(m)).isEqualTo(2);
        assertThat(algebra().cols(m)).isEqualTo(3);
        double[] back = values(m);
        assertThat(back).containsExactly(1, 2, 3, 4, 5, 6);
        back[1] = 99;
        assertThat(values(m)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void rowMajorArraysKeepEveryBitOfUnusualValues() {
        double[] data = {-0.0, Double.MIN_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, Double.MIN_NORMAL / 3, 1e-310};
        double[] back = values(matrix(3, 2, data));
        for (int i = 0; i < data.length; i++) {
            assertThat(Double.doubleToRawLongBits(back[i])).as("element %d", i)
                    .isEqualTo(Double.doubleToRawLongBits(data[i]));
        }
    }
}
