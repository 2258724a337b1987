package io.github.nnbackends.tck;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The state every contract needs: the backend under test, created once per test class (one instance of the class
 * runs all its tests) and closed after them. A test class extends this (or {@link BackendKit}, which is this and
 * every contract), names its provider, and implements the contracts it wants:
 * <pre>
 * class MyGeneratedCasesTest extends KitBase implements GeneratedCasesContract {
 *     public BackendProvider provider() { return new MyProvider(); }
 * }
 * </pre>
 *
 * @since 2.0
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class KitBase implements BackendUnderTest {

    private LinearAlgebra<Object> algebra;

    @Override
    public abstract BackendProvider provider();

    /**
     * The backend, created as nn creates it: a failure to create it fails the test with the line nn would print
     * (a jar that lacks its library, say).
     */
    @Override
    @SuppressWarnings("unchecked")
    public final LinearAlgebra<Object> algebra() {
        if (algebra == null) {
            algebra = (LinearAlgebra<Object>) Backends.create(provider());
        }
        return algebra;
    }

    @AfterAll
    final void closeTheBackend() {
        if (algebra != null) {
            algebra.close();
            algebra = null;
        }
    }
}
