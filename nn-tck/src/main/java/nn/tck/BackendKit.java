package nn.tck;

import static org.assertj.core.api.Assertions.assertThat;

import nn.spi.BackendProvider;
import nn.spi.LinearAlgebra;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit. A backend's tests consist of one class that extends this and names its provider:
 * <pre>
 * class MyBackendKitTest extends BackendKit {
 *     protected BackendProvider provider() { return new MyProvider(); }
 * }
 * </pre>
 * The kit's suites are the nested classes of its parts ({@link OperationsKit}, {@link ShapeCheckKit},
 * {@link TrainingKit}); this class adds the checks of the provider itself.
 */
public abstract class BackendKit extends TrainingKit {

    @Test
    void providerDescribesItselfWithoutBlanks() {
        BackendProvider provider = provider();
        assertThat(provider.name()).matches("[a-z][a-z0-9-]*");
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
