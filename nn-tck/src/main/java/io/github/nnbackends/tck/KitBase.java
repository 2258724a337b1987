package io.github.nnbackends.tck;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import org.junit.jupiter.api.TestInstance;

/**
 * What every part of the kit needs: the backend under test, created once per test class (one instance of the class
 * runs all its tests).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KitBase {

    private LinearAlgebra<Object> algebra;

    /** The provider of the backend under test. */
    protected abstract BackendProvider provider();

    /** The backend, typed loosely: the kit only hands it matrices it made itself. */
    @SuppressWarnings("unchecked")
    protected final LinearAlgebra<Object> algebra() {
        if (algebra == null) {
            algebra = (LinearAlgebra<Object>) provider().create();
        }
        return algebra;
    }

    protected final Object matrix(int rows, int cols, double... values) {
        return algebra().fromRowMajor(rows, cols, values);
    }

    protected final double[] values(Object matrix) {
        return algebra().toRowMajor(matrix);
    }
}
