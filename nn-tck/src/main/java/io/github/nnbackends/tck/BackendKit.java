package io.github.nnbackends.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit. A backend's tests consist of one class that extends this and names its provider:
 * <pre>
 * class MyBackendKitTest extends BackendKit {
 *     protected BackendProvider provider() { return new MyProvider(); }
 * }
 * </pre>
 * Its parts extend one another: {@link OperationsKit} (every operation's values), {@link ShapeCheckKit} (shape
 * errors) and {@link TrainingKit} (gradients, and training against numpy); this class adds the checks of the
 * provider itself.
 */
public abstract class BackendKit extends TrainingKit {

    @Test
    void providerDescribesItselfWithoutBlanks() {
        BackendProvider provider = provider();
        assertThat(BackendProvider.isValidName(provider.name()))
                .as("the name '%s' is %s", provider.name(), BackendProvider.NAME_RULE).isTrue();
        assertThat(provider.library()).isNotBlank();
        assertThat(provider.version()).isNotBlank();
    }

    @Test
    void providerCreatesAWorkingBackendEachTime() {
        LinearAlgebra<?> first = provider().create();
        LinearAlgebra<?> second = provider().create();
        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
    }

    @BeforeEach
    void backendIsReady() {
        assertThat(algebra()).isNotNull();
    }
}
