package io.github.nnbackends.tck;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;

/**
 * What every contract of the kit tests: a provider, and the backend it created for this test class. A contract is an
 * interface of default test methods over these two; {@link KitBase} supplies them.
 *
 * @since 2.0
 */
public interface BackendUnderTest {

    /** The provider of the backend under test. */
    BackendProvider provider();

    /**
     * The backend, created once for the test class and closed after it; typed loosely, since the kit hands it only
     * matrices it made itself.
     */
    LinearAlgebra<Object> algebra();

    /** A matrix of this backend holding {@code values}, row by row. */
    default Object matrix(int rows, int cols, double... values) {
        return algebra().fromRowMajor(rows, cols, values);
    }

    /** The values of a matrix of this backend, row by row. */
    default double[] values(Object matrix) {
        return algebra().toRowMajor(matrix);
    }
}
