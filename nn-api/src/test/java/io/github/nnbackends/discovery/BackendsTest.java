package io.github.nnbackends.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nnbackends.spi.BackendProvider;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackendsTest {

    private final Backends backends = Backends.discover(BackendsTest.class.getClassLoader());

    @Test
    void offersOnlyTheUsableProvidersInTheOrderOfTheirNames() {
        assertThat(backends.providers()).extracting(BackendProvider::name).containsExactly("alpha", "beta");
        assertThat(backends.names()).isEqualTo("alpha, beta");
    }

    @Test
    void keepsEveryBrokenProviderAsUnavailableWithItsReason() {
        assertThat(backends.all()).filteredOn(b -> !b.isAvailable()).extracting(FoundBackend::name).containsExactlyInAnyOrder(
                "io.github.nnbackends.discovery.FakeProviders$Broken", "io.github.nnbackends.discovery.FakeProviders$Missing", "io.github.nnbackends.discovery.FakeProviders$StaticBroken",
                "nonative", "twin", "twin", "io.github.nnbackends.discovery.FakeProviders$BadName");
        assertThat(reasonOf("io.github.nnbackends.discovery.FakeProviders$Broken")).contains("could not be instantiated", "broken on purpose");
        assertThat(reasonOf("io.github.nnbackends.discovery.FakeProviders$Missing")).contains("not found");
        assertThat(reasonOf("io.github.nnbackends.discovery.FakeProviders$StaticBroken")).contains("static initializer broken on purpose");
        assertThat(reasonOf("nonative")).isEqualTo("no native binaries for this platform");
        assertThat(reasonOf("io.github.nnbackends.discovery.FakeProviders$BadName")).isEqualTo("its provider's name 'Bad Name' is not "
                + "a lower-case letter, then lower-case letters, digits or '-', at most 32 in all");
    }

    @Test
    void rejectsUnknownBackendWithTheAvailableNames() {
        assertThatThrownBy(() -> backends.provider("x")).isInstanceOf(BackendException.class)
                .hasMessage("No backend 'x'. Available: alpha, beta");
    }

    @Test
    void saysWhyABackendThatReportsItselfUnavailableCannotBeUsed() {
        assertThatThrownBy(() -> backends.provider("nonative")).isInstanceOf(BackendException.class)
                .hasMessage("Backend 'nonative' is unavailable: no native binaries for this platform");
    }

    @Test
    void refusesANameThatTwoProvidersClaimNamingBothClasses() {
        assertThatThrownBy(() -> backends.provider("twin")).isInstanceOf(BackendException.class)
                .hasMessageContaining("Backend 'twin' is unavailable: two backends are named 'twin'")
                .hasMessageContaining("io.github.nnbackends.discovery.FakeProviders$TwinOne")
                .hasMessageContaining("io.github.nnbackends.discovery.FakeProviders$TwinTwo");
    }

    @Test
    void prefersTheHighestPriorityAmongTheUsable() {
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

    @Test
    void namesFollowOneRule() {
        assertThat(List.of("ejml", "nd4j", "a", "open-blas2", "x".repeat(32))).allMatch(BackendProvider::isValidName);
        assertThat(Arrays.asList(null, "", "Ejml", "2d", "-x", "a b", "a_b", "é", "x".repeat(33)))
                .noneMatch(BackendProvider::isValidName);
    }

    private String reasonOf(String name) {
        return backends.all().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow()
                .unavailableReason().orElseThrow();
    }
}
