package io.github.nnbackends.backend.nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** What the ND4J backend does beyond the kit: ND4J quiet and float64, its scratch never leaking into results. */
class Nd4jLinearAlgebraTest {

    private static final String QUIET_START = "org.nd4j.log.initialization";

    @Test
    void startsNd4jWithoutItsBannerUnlessTheUserAskedForIt() {
        String own = System.getProperty(QUIET_START);
        try {
            System.clearProperty(QUIET_START);
            new Nd4jLinearAlgebra().close();
            assertThat(System.getProperty(QUIET_START)).isEqualTo("false");
            System.setProperty(QUIET_START, "true");
            new Nd4jLinearAlgebra().close();
            assertThat(System.getProperty(QUIET_START)).isEqualTo("true");
        } finally {
            if (own == null) {
                System.clearProperty(QUIET_START);
            } else {
                System.setProperty(QUIET_START, own);
            }
        }
    }

    @Test
    void makesFloat64Nd4jsDefaultAsItStarts() {
        DataType ownFloat = Nd4j.defaultFloatingPointType();
        DataType ownData = Nd4j.dataType();
        try {
            Nd4j.setDefaultDataTypes(DataType.FLOAT, DataType.FLOAT);
            new Nd4jLinearAlgebra().close();
            assertThat(Nd4j.defaultFloatingPointType()).isEqualTo(DataType.DOUBLE);
            assertThat(Nd4j.dataType()).isEqualTo(DataType.DOUBLE);
        } finally {
            Nd4j.setDefaultDataTypes(ownData, ownFloat);
        }
    }

    /**
     * alpha 0 takes a path of its own (BLAS would skip the product, and 0·NaN must be NaN); with beta 0 it must
     * not read anything left in the backend's scratch by an earlier operation, here a NaN from a ReLU mask.
     */
    @Test
    void aProductWithAlphaAndBetaZeroIsZeroWhateverEarlierOperationsLeftInScratch() {
        try (Nd4jLinearAlgebra algebra = new Nd4jLinearAlgebra()) {
            Nd4jMatrix grad = algebra.fromRowMajor(1, 3, new double[] {1, 2, 3});
            Nd4jMatrix pre = algebra.fromRowMajor(1, 3, new double[] {Double.NaN, 5, Double.NaN});
            algebra.reluMask(grad, pre, grad);
            Nd4jMatrix a = algebra.fromRowMajor(1, 2, new double[] {1, 2});
            Nd4jMatrix b = algebra.fromRowMajor(2, 3, new double[] {1, 2, 3, 4, 5, 6});
            Nd4jMatrix c = algebra.fromRowMajor(1, 3, new double[] {Double.NaN, 7, 8});
            algebra.gemm(0, a, false, b, false, 0, c);
            assertThat(algebra.toRowMajor(c)).containsExactly(0.0, 0.0, 0.0);
            algebra.gemm(-0.0, a, false, b, false, 0, c);
            assertThat(algebra.toRowMajor(c)).as("−0·positive is −0").containsExactly(-0.0, -0.0, -0.0);
        }
    }

    /** Every matrix is float64, row-major and its own memory: BLAS and the direct buffers assume all three. */
    @Test
    void wrapsOnlyARowMajorFloat64MatrixOfItsOwn() {
        new Nd4jLinearAlgebra().close();
        assertThatIllegalArgumentException().isThrownBy(() -> new Nd4jMatrix(Nd4j.zeros(DataType.FLOAT, 2, 3)))
                .withMessageStartingWith("not a float64 row-major matrix of its own: ");
        assertThatIllegalArgumentException().isThrownBy(() -> new Nd4jMatrix(Nd4j.zeros(DataType.DOUBLE, 2, 3).dup('f')));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Nd4jMatrix(Nd4j.zeros(DataType.DOUBLE, 4, 3).get(NDArrayIndex.interval(1, 3),
                        NDArrayIndex.all())));
        assertThatIllegalArgumentException().isThrownBy(() -> new Nd4jMatrix(Nd4j.zeros(DataType.DOUBLE, 2, 3, 4)));
        assertThat(new Nd4jMatrix(Nd4j.zeros(DataType.DOUBLE, 2, 3)).length()).isEqualTo(6);
    }

    /** Scratch is freed when done with, not left to the garbage collector: its native memory can be large. */
    @Test
    void closingAMatrixFreesItsArrayAtOnce() {
        new Nd4jLinearAlgebra().close(); // starts ND4J as the backend does
        var array = Nd4j.zeros(DataType.DOUBLE, 3, 4);
        Nd4jMatrix matrix = new Nd4jMatrix(array);
        assertThat(array.wasClosed()).isFalse();
        matrix.close();
        assertThat(array.wasClosed()).isTrue();
    }
}
