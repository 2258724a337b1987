package io.github.nnbackends.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.SpiVersion;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendsTest {

    private static final String FAKES = "io.github.nnbackends.discovery.FakeProviders$";

    private final Backends backends = Backends.discover(BackendsTest.class.getClassLoader());

    @Test
    void readsAServicesFileAsServiceLoaderDoes() throws IOException {
        String file = "# providers\r\n a.First \n\nb.Second# after a name\r\n\t# only a comment\nc.Third";
        assertThat(Backends.providersNamedIn(new java.io.ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8))))
                .containsExactly("a.First", "b.Second", "c.Third");
        assertThat(Backends.providersNamedIn(new java.io.ByteArrayInputStream(new byte[0]))).isEmpty();
    }

    @Test
    void offersOnlyTheUsableProvidersInTheOrderOfTheirNames() {
        assertThat(backends.providers()).extracting(BackendProvider::name)
                .containsExactly("alpha", "beta", "olderminor");
        assertThat(backends.names()).isEqualTo("alpha, beta, olderminor");
    }

    @Test
    void keepsEveryUnusableProviderWithItsKindAndReason() {
        Map<String, Unavailable.Kind> kinds = backends.all().stream().filter(b -> !b.isAvailable())
                .collect(Collectors.toMap(FoundBackend::name, b -> b.unavailable().orElseThrow().kind(), (a, b) -> a));
        assertThat(kinds).containsOnly(
                Map.entry(FAKES + "Broken", Unavailable.Kind.BROKEN_PROVIDER),
                Map.entry(FAKES + "Missing", Unavailable.Kind.BROKEN_PROVIDER),
                Map.entry(FAKES + "StaticBroken", Unavailable.Kind.BROKEN_PROVIDER),
                Map.entry(FAKES + "BadName", Unavailable.Kind.BROKEN_PROVIDER),
                Map.entry("unversioned", Unavailable.Kind.BROKEN_PROVIDER),
                Map.entry("nonative", Unavailable.Kind.NOT_HERE),
                Map.entry("twin", Unavailable.Kind.AMBIGUOUS),
                Map.entry("othermajor", Unavailable.Kind.OTHER_SPI_VERSION),
                Map.entry("ancient", Unavailable.Kind.OTHER_SPI_VERSION),
                Map.entry(FAKES + "Nameless", Unavailable.Kind.BROKEN_PROVIDER),
                Map.entry(FAKES + "Faulty", Unavailable.Kind.BROKEN_PROVIDER),
                Map.entry("newerminor", Unavailable.Kind.OTHER_SPI_VERSION),
                Map.entry("old.PlainProvider", Unavailable.Kind.OTHER_SPI_VERSION));
        assertThat(reasonOf(FAKES + "Broken")).contains("could not be instantiated", "broken on purpose");
        assertThat(reasonOf(FAKES + "Missing")).contains("not found");
        assertThat(reasonOf(FAKES + "StaticBroken")).contains("static initializer broken on purpose");
        assertThat(reasonOf("nonative")).isEqualTo("no native binaries for this platform");
        assertThat(reasonOf(FAKES + "Nameless")).isEqualTo("its provider has no name");
        assertThat(reasonOf(FAKES + "Faulty"))
                .isEqualTo("its provider failed to describe itself: IllegalStateException: library unknown");
        assertThat(reasonOf(FAKES + "BadName")).isEqualTo("its provider's name 'Bad Name' is not "
                + "a lower-case letter, then lower-case letters, digits or '-', at most 32 in all");
    }

    @Test
    void describesABackendOnlyWhenItIsNeededAndOnce(@TempDir Path dir) throws IOException {
        FakeProviders.Counted.ASKED.set(0);
        Backends found = Backends.discover(listing(dir, FAKES + "Beta", FAKES + "Counted", FAKES + "TwinOne"));
        assertThat(found.provider("beta").name()).isEqualTo("beta");
        assertThat(found.provider("twin").name()).isEqualTo("twin");
        assertThat(FakeProviders.Counted.ASKED).as("running beta or twin asks counted, listed between them, nothing "
                + "but its name").hasValue(0);
        assertThat(found.all()).extracting(FoundBackend::name, FoundBackend::version).containsExactly(
                tuple("beta", Optional.of("1.0")), tuple("counted", Optional.of("1.0")), tuple("twin", Optional.of("1.0")));
        assertThat(found.provider("counted").name()).isEqualTo("counted");
        assertThat(found.names()).isEqualTo("beta, counted, twin");
        assertThat(FakeProviders.Counted.ASKED).hasValue(1);
    }

    @Test
    void findsAProviderWhoseNameFailsUnderItsClassName(@TempDir Path dir) throws IOException {
        Backends found = Backends.discover(listing(dir, FAKES + "NameThrows", FAKES + "Beta"));
        assertThat(found.all()).extracting(FoundBackend::toString).containsExactly("beta", FAKES + "NameThrows "
                + "(unavailable: its provider failed to describe itself: IllegalStateException: no name today)");
        assertThat(found.names()).isEqualTo("beta");
    }

    @Test
    void aBrokenProviderThatClaimsAUsableBackendsNameDoesNotHideIt(@TempDir Path dir) throws IOException {
        Backends found = Backends.discover(listing(dir, FAKES + "BrokenBeta", FAKES + "Beta"));
        assertThat(found.provider("beta").getClass().getName()).isEqualTo(FAKES + "Beta");
        assertThat(found.all()).extracting(FoundBackend::toString).containsExactly("beta", FAKES + "BrokenBeta "
                + "(unavailable: its provider failed to describe itself: IllegalStateException: priority unknown)");
        assertThat(found.preferred().name()).isEqualTo("beta");
    }

    @Test
    void twinsAreAmbiguousButABrokenProviderOfTheirNameIsListedAsBroken(@TempDir Path dir) throws IOException {
        Backends found = Backends.discover(listing(dir, FAKES + "TwinOne", FAKES + "BrokenTwin", FAKES + "TwinTwo"));
        assertThat(found.all()).extracting(FoundBackend::name, b -> b.unavailable().orElseThrow().kind())
                .containsExactly(tuple(FAKES + "BrokenTwin", Unavailable.Kind.BROKEN_PROVIDER),
                        tuple("twin", Unavailable.Kind.AMBIGUOUS), tuple("twin", Unavailable.Kind.AMBIGUOUS));
        assertThat(found.all().get(1).unavailable().orElseThrow().reason()).isEqualTo("two backends are named "
                + "'twin': " + FAKES + "TwinOne and " + FAKES + "TwinTwo; remove one from the class path or the "
                + "backend path");
    }

    @Test
    void aBrokenProviderAskedForByTheClassNameItIsListedUnderSaysWhyItIsBroken() {
        assertThatThrownBy(() -> backends.provider(FAKES + "Faulty")).isInstanceOf(BackendUnavailableException.class)
                .hasMessage("backend '" + FAKES + "Faulty' is unavailable: its provider failed to describe itself: "
                        + "IllegalStateException: library unknown");
        assertThatThrownBy(() -> backends.provider("faulty")).hasMessageStartingWith("no backend 'faulty'; available: ");
    }

    /** A class loader of this test's classes whose only backend services file names {@code providers}. */
    private static ClassLoader listing(Path dir, String... providers) throws IOException {
        Path services = dir.resolve("services");
        Files.write(services, List.of(providers), StandardCharsets.UTF_8);
        URL url = services.toUri().toURL();
        return new ClassLoader(BackendsTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) {
                return Collections.enumeration(name.equals(Backends.SERVICES_FILE) ? List.of(url) : List.of());
            }
        };
    }

    @Test
    void saysWhichSpiVersionABackendWasBuiltForAndWhatToDo() {
        int major = SpiVersion.current().major();
        assertThat(reasonOf("othermajor")).isEqualTo("built for nn SPI 3.0; this nn has SPI " + SpiVersion.CURRENT
                + ": rebuild it against nn-api " + major + ".x");
        assertThat(reasonOf("newerminor")).isEqualTo("built for nn SPI " + major + ".99; this nn has SPI "
                + SpiVersion.CURRENT + ": use an nn with SPI " + major + ".99 or later, or rebuild it against nn-api "
                + SpiVersion.CURRENT);
        assertThat(reasonOf("old.PlainProvider")).isEqualTo("built for nn SPI 1 (package nn.spi); this nn has SPI "
                + SpiVersion.CURRENT + ": rebuild it against nn-api " + major + ".x");
        assertThat(reasonOf("ancient")).isEqualTo("built for an nn SPI older than " + SpiVersion.CURRENT
                + "; this nn has SPI " + SpiVersion.CURRENT + ": rebuild it against nn-api " + major + ".x");
        assertThat(reasonOf("unversioned")).isEqualTo("its provider states SPI version 'two', which is not "
                + "MAJOR.MINOR; it should return SpiVersion.CURRENT");
        assertThatThrownBy(() -> backends.provider("othermajor")).isInstanceOf(BackendUnavailableException.class)
                .hasMessage("backend 'othermajor' is unavailable: " + reasonOf("othermajor"))
                .extracting(e -> ((BackendUnavailableException) e).unavailable().kind())
                .isEqualTo(Unavailable.Kind.OTHER_SPI_VERSION);
    }

    @Test
    void keepsWhatAProviderCouldNotTellEmpty() {
        FoundBackend older = backends.all().stream().filter(b -> b.name().equals("olderminor")).findFirst()
                .orElseThrow();
        assertThat(older.version()).isEmpty();
        assertThat(older.library()).contains("olderminor lib");
        FoundBackend missing = backends.all().stream().filter(b -> b.name().equals(FAKES + "Missing")).findFirst()
                .orElseThrow();
        assertThat(missing.library()).isEmpty();
        assertThat(missing.version()).isEmpty();
        assertThat(missing.provider()).isEmpty();
        assertThat(found("othermajor").library()).as("a provider of another SPI still names its library")
                .contains("othermajor lib");
        assertThat(found("ancient").library()).as("unless it cannot").isEmpty();
        assertThat(found("alpha").version()).contains("1.0");
        assertThat(found("alpha").library()).contains("alpha lib");
    }

    @Test
    void printsABackendByNameAndAnUnusableOneWithWhy() {
        assertThat(found("alpha")).hasToString("alpha");
        assertThat(found("nonative")).hasToString("nonative (unavailable: no native binaries for this platform)");
    }

    private FoundBackend found(String name) {
        return backends.all().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void rejectsUnknownBackendWithTheAvailableNames() {
        assertThatThrownBy(() -> backends.provider("x")).isInstanceOf(BackendUnavailableException.class)
                .hasMessage("no backend 'x'; available: alpha, beta, olderminor")
                .extracting(e -> ((BackendUnavailableException) e).unavailable().kind())
                .isEqualTo(Unavailable.Kind.NO_SUCH_BACKEND);
    }

    @Test
    void saysWhyABackendThatReportsItselfUnavailableCannotBeUsed() {
        assertThatThrownBy(() -> backends.provider("nonative")).isInstanceOf(BackendUnavailableException.class)
                .hasMessage("backend 'nonative' is unavailable: no native binaries for this platform");
    }

    @Test
    void refusesANameThatTwoProvidersClaimNamingBothClasses() {
        assertThatThrownBy(() -> backends.provider("twin")).isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("backend 'twin' is unavailable: two backends are named 'twin'")
                .hasMessageContaining(FAKES + "TwinOne")
                .hasMessageContaining(FAKES + "TwinTwo");
    }

    @Test
    void prefersTheHighestPriorityAmongTheUsable() {
        assertThat(backends.preferred().name()).isEqualTo("beta");
    }

    @Test
    void saysWhyABackendIsUnavailableWhenItsNativeCodeFailsToLoad() {
        assertThatThrownBy(() -> Backends.create(backends.provider("alpha")))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessage("backend 'alpha' is unavailable: UnsatisfiedLinkError: no alphanative in java.library.path")
                .extracting(e -> ((BackendUnavailableException) e).unavailable().kind())
                .isEqualTo(Unavailable.Kind.FAILED_TO_START);
    }

    @Test
    void treatsAProviderThatCreatesNothingAsUnavailable() {
        assertThatThrownBy(() -> Backends.create(backends.provider("beta")))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageStartingWith("backend 'beta' is unavailable");
    }

    @Test
    void namesFollowOneRule() {
        assertThat(List.of("ejml", "nd4j", "a", "z", "open-blas2", "a0", "a9", "x".repeat(32))).allMatch(BackendProvider::isValidName);
        assertThat(Arrays.asList(null, "", "Ejml", "2d", "-x", "a b", "a_b", "é", "a/", "a:",
                "`a", "{a", "x".repeat(33)))
                .noneMatch(BackendProvider::isValidName);
    }

    private String reasonOf(String name) {
        return backends.all().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow()
                .unavailable().orElseThrow().reason();
    }
}
