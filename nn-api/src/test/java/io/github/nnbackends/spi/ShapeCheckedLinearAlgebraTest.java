package io.github.nnbackends.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nnbackends.spi.PlainAlgebra.Matrix;
import org.junit.jupiter.api.Test;

/**
 * What the base class promises a backend author: every argument checked (null, shape, aliasing) with a message
 * naming both shapes, before any kernel runs; the kernels then get only arguments they may assume right. Shapes
 * are chosen so that one dimension differs and the other agrees, where a check of only one would pass them.
 */
class ShapeCheckedLinearAlgebraTest {

    private final PlainAlgebra algebra = new PlainAlgebra();

    private Matrix matrix(int rows, int cols, double... values) {
        Matrix m = algebra.fromRowMajor(rows, cols, values);
        algebra.calls.clear();
        return m;
    }

    private Matrix sequence(int rows, int cols) {
        double[] values = new double[rows * cols];
        for (int i = 0; i < values.length; i++) {
            values[i] = i + 1;
        }
        return matrix(rows, cols, values);
    }

    @Test
    void makesMatricesOfOneRowAndOneColumnOrMore() {
        assertThat(algebra.toRowMajor(algebra.zeros(1, 1))).containsExactly(0.0);
        assertThat(algebra.toRowMajor(algebra.zeros(2, 3))).containsExactly(0, 0, 0, 0, 0, 0);
        assertThat(algebra.toRowMajor(algebra.fromRowMajor(1, 2, new double[] {7, -8}))).containsExactly(7, -8);
        assertThat(algebra.calls).containsExactly("doZeros", "doToRowMajor", "doZeros", "doToRowMajor",
                "doFromRowMajor", "doToRowMajor");
    }

    @Test
    void refusesAMatrixWithoutRowsOrColumnsBeforeAnyKernel() {
        for (int[] shape : new int[][] {{0, 1}, {1, 0}, {-1, 3}, {3, -2}}) {
            String message = "a matrix needs at least one row and one column, not " + shape[0] + "×" + shape[1];
            assertThatThrownBy(() -> algebra.zeros(shape[0], shape[1])).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
            assertThatThrownBy(() -> algebra.fromRowMajor(shape[0], shape[1], new double[0]))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        }
        assertThat(algebra.calls).isEmpty();
    }

    @Test
    void refusesValuesThatDoNotFillTheShape() {
        assertThatThrownBy(() -> algebra.fromRowMajor(2, 3, new double[5])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values has 5 elements, but a 2×3 matrix needs 6");
        assertThatThrownBy(() -> algebra.fromRowMajor(3, 2, new double[7])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("values has 7 elements, but a 3×2 matrix needs 6");
        assertThatNullPointerException().isThrownBy(() -> algebra.fromRowMajor(1, 1, null)).withMessage("values");
        assertThat(algebra.calls).isEmpty();
    }

    @Test
    void copiesBetweenMatricesOfOneShapeAndLeavesAMatrixCopiedOntoItselfToItself() {
        Matrix src = sequence(2, 3);
        Matrix dst = matrix(2, 3, new double[6]);
        algebra.copy(src, dst);
        assertThat(algebra.toRowMajor(dst)).containsExactly(1, 2, 3, 4, 5, 6);
        algebra.calls.clear();
        algebra.copy(src, src);
        assertThat(algebra.calls).as("doCopy is never asked to copy a matrix onto itself").isEmpty();
        assertThat(algebra.toRowMajor(src)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void namesBothShapesWhenAnElementwiseOperationGetsTwo() {
        Matrix m = sequence(2, 3);
        Matrix wider = sequence(2, 4);
        Matrix taller = sequence(3, 3);
        assertThatThrownBy(() -> algebra.copy(m, wider)).hasMessage("copy: shapes differ: 2×3 and 2×4");
        assertThatThrownBy(() -> algebra.copy(m, taller)).hasMessage("copy: shapes differ: 2×3 and 3×3");
        assertThatThrownBy(() -> algebra.relu(m, wider)).hasMessage("relu: shapes differ: 2×3 and 2×4");
        assertThatThrownBy(() -> algebra.relu(taller, m)).hasMessage("relu: shapes differ: 3×3 and 2×3");
        assertThatThrownBy(() -> algebra.reluMask(m, wider, m)).hasMessage("reluMask: shapes differ: 2×3 and 2×4");
        assertThatThrownBy(() -> algebra.reluMask(m, m, taller)).hasMessage("reluMask: shapes differ: 2×3 and 3×3");
        assertThatThrownBy(() -> algebra.addScaled(1, m, wider)).hasMessage("addScaled: shapes differ: 2×3 and 2×4");
        assertThatThrownBy(() -> algebra.addScaled(1, taller, m))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("addScaled: shapes differ: 3×3 and 2×3");
        assertThat(algebra.calls).isEmpty();
    }

    @Test
    void refusesNullMatricesByName() {
        Matrix m = sequence(1, 1);
        assertThatNullPointerException().isThrownBy(() -> algebra.toRowMajor(null)).withMessage("m");
        assertThatNullPointerException().isThrownBy(() -> algebra.scale(2, null)).withMessage("m");
        assertThatNullPointerException().isThrownBy(() -> algebra.sumOfSquares(null)).withMessage("m");
        assertThatNullPointerException().isThrownBy(() -> algebra.copy(null, m)).withMessage("first argument");
        assertThatNullPointerException().isThrownBy(() -> algebra.relu(m, null)).withMessage("second argument");
        assertThatNullPointerException().isThrownBy(() -> algebra.gemm(1, null, false, m, false, 0, m))
                .withMessage("a");
        assertThatNullPointerException().isThrownBy(() -> algebra.gemm(1, m, false, null, false, 0, m))
                .withMessage("b");
        assertThatNullPointerException().isThrownBy(() -> algebra.gemm(1, m, false, m, false, 0, null))
                .withMessage("c");
        assertThat(algebra.calls).isEmpty();
    }

    @Test
    void multipliesEachTransposeOfNonSquareMatrices() {
        // a = [1 2 3; 4 5 6] (2×3); b = [1 2; 3 4; 5 6] (3×2); products worked by hand.
        Matrix a = sequence(2, 3);
        Matrix b = sequence(3, 2);
        Matrix ab = matrix(2, 2, new double[4]);
        algebra.gemm(1, a, false, b, false, 0, ab);
        assertThat(algebra.toRowMajor(ab)).containsExactly(22, 28, 49, 64);
        // aᵀ·bᵀ = (b·a)ᵀ: b·a = [9 12 15; 19 26 33; 29 40 51]
        Matrix atbt = matrix(3, 3, new double[9]);
        algebra.gemm(1, a, true, b, true, 0, atbt);
        assertThat(algebra.toRowMajor(atbt)).containsExactly(9, 19, 29, 12, 26, 40, 15, 33, 51);
        // aᵀ (3×2) · a (2×3) and a (2×3) · aᵀ (3×2), with alpha and beta
        Matrix ata = matrix(3, 3, new double[9]);
        algebra.gemm(1, a, true, a, false, 0, ata);
        assertThat(algebra.toRowMajor(ata)).containsExactly(17, 22, 27, 22, 29, 36, 27, 36, 45);
        Matrix aat = matrix(2, 2, 1, 1, 1, 1);
        algebra.gemm(2, a, false, a, true, -1, aat);
        assertThat(algebra.toRowMajor(aat)).containsExactly(27, 63, 63, 153);
        assertThat(algebra.calls).containsOnly("doGemm", "doToRowMajor");
    }

    @Test
    void refusesAProductWhoseInnerDimensionsDifferNamingBothOperands() {
        Matrix a = sequence(2, 3);
        Matrix b = sequence(4, 2);
        Matrix c = sequence(2, 2);
        assertThatThrownBy(() -> algebra.gemm(1, a, false, b, false, 0, c)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gemm: inner dimensions differ: op(a) is 2×3, op(b) is 4×2");
        assertThatThrownBy(() -> algebra.gemm(1, a, true, b, false, 0, c))
                .hasMessage("gemm: inner dimensions differ: op(a) is 3×2, op(b) is 4×2");
        assertThatThrownBy(() -> algebra.gemm(1, a, false, b, true, 0, c))
                .hasMessage("gemm: inner dimensions differ: op(a) is 2×3, op(b) is 2×4");
        assertThat(algebra.calls).isEmpty();
    }

    @Test
    void refusesAnOutputOfTheWrongShapeWhenOnlyOneDimensionIsWrong() {
        Matrix a = sequence(2, 3);
        Matrix b = sequence(3, 4);
        assertThatThrownBy(() -> algebra.gemm(1, a, false, b, false, 0, sequence(3, 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gemm: c is 3×4, but op(a)·op(b) is 2×3·3×4 = 2×4");
        assertThatThrownBy(() -> algebra.gemm(1, a, false, b, false, 0, sequence(2, 5)))
                .hasMessage("gemm: c is 2×5, but op(a)·op(b) is 2×3·3×4 = 2×4");
        assertThat(algebra.calls).isEmpty();
    }

    @Test
    void refusesAnOutputThatIsAnInputNamingWhich() {
        Matrix a = sequence(2, 2);
        Matrix b = sequence(2, 2);
        assertThatThrownBy(() -> algebra.gemm(1, a, false, b, false, 0, a)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gemm: c must not be the same matrix as a");
        assertThatThrownBy(() -> algebra.gemm(1, a, false, b, false, 0, b))
                .hasMessage("gemm: c must not be the same matrix as b");
        assertThat(algebra.calls).isEmpty();
    }

    @Test
    void passesEveryElementwiseOperationToItsKernel() {
        Matrix in = matrix(1, 3, -1, 0, 2);
        Matrix out = matrix(1, 3, 9, 9, 9);
        Matrix grad = matrix(1, 3, 5, 6, 7);
        algebra.relu(in, out);
        assertThat(algebra.toRowMajor(out)).containsExactly(0, 0, 2);
        algebra.reluMask(grad, in, out);
        assertThat(algebra.toRowMajor(out)).containsExactly(0, 6, 7);
        algebra.scale(3, grad);
        assertThat(algebra.toRowMajor(grad)).containsExactly(15, 18, 21);
        algebra.addScaled(-2, in, grad);
        assertThat(algebra.toRowMajor(grad)).containsExactly(17, 18, 17);
        assertThat(algebra.sumOfSquares(grad)).isEqualTo(17 * 17 + 18 * 18 + 17 * 17);
        assertThat(algebra.calls).containsExactly("doRelu", "doToRowMajor", "doReluMask", "doToRowMajor", "doScale",
                "doToRowMajor", "doAddScaled", "doToRowMajor", "doSumOfSquares");
    }
}
