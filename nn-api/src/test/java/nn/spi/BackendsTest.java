package nn.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BackendsTest {

    private final Backends backends = Backends.discover(BackendsTest.class.getClassLoader());

    @Test
    void findsTheGoodProvidersInTheOrderOfTheirNames() {
        assertThat(backends.providers()).extracting(BackendProvider::name).containsExactly("alpha", "beta");
        assertThat(backends.names()).isEqualTo("alpha, beta");
    }

    @Test
    void reportsProvidersThatCannotBeLoadedAndSkipsThem() {
        assertThat(backends.problems()).hasSize(2);
        assertThat(backends.problems()).anySatisfy(p -> assertThat(p).contains("broken on purpose"));
        assertThat(backends.problems()).anySatisfy(p -> assertThat(p).contains("FakeProviders$Missing"));
    }

    @Test
    void rejectsUnknownBackendWithTheAvailableNames() {
        assertThatThrownBy(() -> backends.provider("x")).isInstanceOf(BackendException.class)
                .hasMessage("No backend 'x'. Available: alpha, beta");
    }

    @Test
    void prefersTheHighestPriority() {
        assertThat(backends.preferred().name()).isEqualTo("beta");
    }

    @Test
    void saysWhyABackendIsUnavailableWhenItsNativeCodeFailsToLoad() {
        assertThatThrownBy(() -> Backends.create(backends.provider("alpha"))).isInstanceOf(BackendException.class)
                .hasMessage("Backend 'alpha' is unavailable: UnsatisfiedLinkError: no alphanative in java.library.path");
    }

    @Test
    void treatsAProviderThatCreatesNothingAsUnavailable() {
        assertThatThrownBy(() -> Backends.create(backends.provider("beta"))).isInstanceOf(BackendException.class)
                .hasMessageStartingWith("Backend 'beta' is unavailable");
    }
}
