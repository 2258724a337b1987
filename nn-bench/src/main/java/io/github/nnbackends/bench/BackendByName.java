package io.github.nnbackends.bench;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.LinearAlgebra;

/** A backend created by its name, found as the CLI finds it. */
final class BackendByName {

    private BackendByName() {
    }

    /** Typed loosely: a benchmark hands a backend only matrices it made itself. */
    @SuppressWarnings("unchecked")
    static LinearAlgebra<Object> create(String name) {
        return (LinearAlgebra<Object>) Backends.create(
                Backends.discover(BackendByName.class.getClassLoader()).provider(name));
    }
}
