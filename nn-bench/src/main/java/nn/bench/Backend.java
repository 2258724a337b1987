package nn.bench;

import nn.spi.Backends;
import nn.spi.LinearAlgebra;

/** A backend by name, as the CLI finds it. */
final class Backend {

    private Backend() {
    }

    @SuppressWarnings("unchecked")
    static LinearAlgebra<Object> named(String name) {
        return (LinearAlgebra<Object>) Backends.create(Backends.discover(Backend.class.getClassLoader()).provider(name));
    }
}
