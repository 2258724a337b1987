package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.LinearAlgebra;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** A guarded backend computes what the backend does, and each of its failures names the backend and the operation. */
class GuardedAlgebraTest {

    @Test
    void answersAsTheBackendItGuards() {
        Backends found = Backends.discover(GuardedAlgebraTest.class.getClassLoader());
        try (LinearAlgebra<Object> ejml = guarded("ejml", Backends.create(found.provider("ejml")))) {
            Object m = ejml.fromRowMajor(2, 3, new double[] {1, -2, 3, -4, 5, -6});
            assertThat(ejml.rows(m)).isEqualTo(2);
            assertThat(ejml.cols(m)).isEqualTo(3);
            ejml.scale(0.5, m);
            assertThat(ejml.toRowMajor(m)).containsExactly(0.5, -1, 1.5, -2, 2.5, -3);
            assertThat(ejml.sumOfSquares(m)).isEqualTo(22.75);
        }
    }

    @Test
    void saysWhichBackendFailedInWhichOperation() {
        LinearAlgebra<Object> lazy = guarded("lazy", failingWith(new NoClassDefFoundError("org/lib/Matrix")));
        assertThatThrownBy(() -> lazy.zeros(1, 1)).isInstanceOf(BackendFailure.class)
                .hasMessage("backend 'lazy' failed in zeros: NoClassDefFoundError: org/lib/Matrix");
        assertThatThrownBy(() -> lazy.rows(null)).hasMessage("backend 'lazy' failed in rows: NoClassDefFoundError: "
                + "org/lib/Matrix");
        assertThatThrownBy(lazy::close).isInstanceOf(BackendFailure.class)
                .hasMessage("backend 'lazy' failed in close: NoClassDefFoundError: org/lib/Matrix");
    }

    @Test
    void namesTheBackendWhenItsOwnMemoryRunsOutButLeavesAFullHeapToTheCommand() {
        LinearAlgebra<Object> roomless = guarded("roomless", failingWith(new OutOfMemoryError("Direct buffer memory")));
        assertThatThrownBy(() -> roomless.scale(2, null)).isInstanceOf(NotEnoughMemory.class)
                .hasMessage("backend 'roomless' ran out of memory in scale: Direct buffer memory; use smaller sizes, "
                        + "or give the backend more memory");
        OutOfMemoryError heapFull = new OutOfMemoryError("Java heap space");
        LinearAlgebra<Object> full = guarded("full", failingWith(heapFull));
        assertThatThrownBy(() -> full.gemm(1, null, false, null, false, 0, null)).isSameAs(heapFull);
    }

    @SuppressWarnings("unchecked")
    private static LinearAlgebra<Object> guarded(String name, LinearAlgebra<?> algebra) {
        return new GuardedAlgebra<>(name, (LinearAlgebra<Object>) algebra);
    }

    /** A backend whose every operation, close included, throws {@code failure}. */
    private static LinearAlgebra<?> failingWith(Throwable failure) {
        return (LinearAlgebra<?>) Proxy.newProxyInstance(GuardedAlgebraTest.class.getClassLoader(),
                new Class<?>[] {LinearAlgebra.class}, (proxy, method, args) -> {
                    throw failure;
                });
    }
}
