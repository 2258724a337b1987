package io.github.nnbackends.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Every operation refuses mismatched shapes before touching anything, naming both shapes: where both dimensions
 * differ, and where only one does.
 *
 * @since 2.0
 */
public interface ShapeContract extends BackendUnderTest {

    @Test
    default void gemmRejectsMismatchedInnerDimensionsNamingBothShapes() {
        Object a = algebra().zeros(2, 3);
        Object b = algebra().zeros(4, 2);
        Object c = matrix(2, 2, 1, 2, 3, 4);
        assertThatThrownBy(() -> algebra().gemm(1, a, false, b, false, 0, c))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2×3").hasMessageContaining("4×2");
        assertThat(values(c)).as("c is not modified").containsExactly(1, 2, 3, 4);
    }

    @Test
    default void gemmChecksShapesAfterTransposing() {
        Object a = algebra().zeros(2, 3);
        Object b = algebra().zeros(2, 3);
        Object c = algebra().zeros(3, 3);
        algebra().gemm(1, a, true, b, false, 0, c);
        assertThatThrownBy(() -> algebra().gemm(1, a, false, b, false, 0, c))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2×3");
    }

    @Test
    default void gemmRejectsAnOutputOfTheWrongShapeNamingBothShapes() {
        Object a = algebra().zeros(2, 3);
        Object b = algebra().zeros(3, 4);
        Object c = matrix(4, 2, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThatThrownBy(() -> algebra().gemm(1, a, false, b, false, 1, c))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4×2").hasMessageContaining("2×4");
        assertThat(values(c)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    default void gemmRejectsAnOutputThatIsAlsoAnInput() {
        Object a = matrix(2, 2, 1, 2, 3, 4);
        Object b = algebra().zeros(2, 2);
        assertThatThrownBy(() -> algebra().gemm(1, a, false, b, false, 0, a))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same");
        assertThatThrownBy(() -> algebra().gemm(1, b, false, a, false, 0, a))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same");
        assertThat(values(a)).containsExactly(1, 2, 3, 4);
    }

    @Test
    default void elementwiseOperationsRejectMismatchedShapesNamingBoth() {
        Object twoByThree = matrix(2, 3, 1, 2, 3, 4, 5, 6);
        Object threeByTwo = matrix(3, 2, 1, 2, 3, 4, 5, 6);
        Object oneBySix = matrix(1, 6, 1, 2, 3, 4, 5, 6);
        assertRejected(() -> algebra().relu(twoByThree, threeByTwo), "2×3", "3×2");
        assertRejected(() -> algebra().reluMask(twoByThree, threeByTwo, twoByThree), "2×3", "3×2");
        assertRejected(() -> algebra().reluMask(twoByThree, twoByThree, oneBySix), "2×3", "1×6");
        assertRejected(() -> algebra().addScaled(1, oneBySix, twoByThree), "1×6", "2×3");
        assertRejected(() -> algebra().copy(threeByTwo, oneBySix), "3×2", "1×6");
        assertThat(values(twoByThree)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(values(threeByTwo)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(values(oneBySix)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    default void shapesThatDifferInOneDimensionAreRejectedToo() {
        Object twoByThree = matrix(2, 3, 1, 2, 3, 4, 5, 6);
        Object twoByFour = matrix(2, 4, 1, 2, 3, 4, 5, 6, 7, 8);
        Object threeByThree = matrix(3, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertRejected(() -> algebra().copy(twoByThree, twoByFour), "2×3", "2×4");
        assertRejected(() -> algebra().copy(twoByThree, threeByThree), "2×3", "3×3");
        assertRejected(() -> algebra().relu(twoByThree, twoByFour), "2×3", "2×4");
        assertRejected(() -> algebra().reluMask(twoByThree, threeByThree, twoByThree), "2×3", "3×3");
        assertRejected(() -> algebra().reluMask(twoByThree, twoByThree, twoByFour), "2×3", "2×4");
        assertRejected(() -> algebra().addScaled(1, twoByFour, twoByThree), "2×4", "2×3");
        Object c = matrix(2, 3, 1, 2, 3, 4, 5, 6);
        assertRejected(() -> algebra().gemm(1, twoByThree, false, twoByFour, false, 1, c), "2×3", "2×4");
        assertRejected(() -> algebra().gemm(1, twoByThree, false, threeByThree, false, 1, twoByFour), "2×4",
                "2×3");
        assertRejected(() -> algebra().gemm(1, twoByThree, true, twoByThree, false, 1, twoByThree), "2×3");
        assertThat(values(c)).as("c is not modified").containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(values(twoByFour)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    default void fromRowMajorRejectsAnArrayOfTheWrongLength() {
        assertRejected(() -> algebra().fromRowMajor(2, 3, new double[5]), "2×3", "5");
    }

    @Test
    default void matricesNeedAtLeastOneRowAndOneColumn() {
        assertRejected(() -> algebra().zeros(0, 3), "0×3");
        assertRejected(() -> algebra().zeros(3, -1), "3×-1");
        assertRejected(() -> algebra().fromRowMajor(0, 0, new double[0]), "0×0");
    }

    @Test
    default void nullArgumentsAreRejected() {
        Object m = algebra().zeros(1, 1);
        assertThatThrownBy(() -> algebra().gemm(1, null, false, m, false, 0, algebra().zeros(1, 1)))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> algebra().relu(m, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> algebra().fromRowMajor(1, 1, null)).isInstanceOf(NullPointerException.class);
    }

    private static void assertRejected(Runnable call, String... shapes) {
        assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContainingAll(shapes);
    }
}
