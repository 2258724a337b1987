package io.github.nnbackends.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.spi.PlainAlgebra;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery where nothing is usable, where providers keep failing, and creating backends that fail as they start. */
class DiscoveryEdgesTest {

    /** A class loader that sees only {@code dir}'s services file and the JDK, with these providers' names in it. */
    private static ClassLoader seeing(Path dir, List<String> providerClasses) throws IOException {
        Path services = dir.resolve("META-INF/services/io.github.nnbackends.spi.BackendProvider");
        Files.createDirectories(services.getParent());
        Files.write(services, providerClasses, StandardCharsets.UTF_8);
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    @Test
    void saysNoneWhenNoBackendIsFound() {
        Backends none = Backends.discover(new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader()));
        assertThat(none.all()).isEmpty();
        assertThat(none.names()).isEqualTo("none");
        assertThatThrownBy(none::preferred).isInstanceOf(BackendUnavailableException.class)
                .hasMessage("no usable backend found on the class path or the backend path")
                .extracting(e -> ((BackendUnavailableException) e).unavailable().kind())
                .isEqualTo(Unavailable.Kind.NONE_USABLE);
    }

    @Test
    void namesEveryUnusableBackendWhenNoneIsUsable(@TempDir Path dir) throws IOException {
        Backends broken = Backends.discover(seeing(dir, List.of("org.example.Gone")));
        assertThat(broken.names()).isEqualTo("none");
        assertThatThrownBy(broken::preferred).hasMessage("no usable backend found on the class path or the backend "
                + "path: org.example.Gone (unavailable: ServiceConfigurationError: "
                + "io.github.nnbackends.spi.BackendProvider: Provider org.example.Gone not found)");
    }

    @Test
    void stopsAfterAHundredBrokenProviders(@TempDir Path dir) throws IOException {
        List<String> missing = IntStream.range(0, 150).mapToObj(i -> "org.example.Gone" + i).toList();
        Backends broken = Backends.discover(seeing(dir, missing));
        assertThat(broken.all()).extracting(FoundBackend::name)
                .containsExactlyInAnyOrderElementsOf(missing.subList(0, 100));
    }

    /** A provider class that loads but cannot be linked (its superclass is not there) fails in the JDK, not nn. */
    @Test
    void listsAProviderThatCannotBeLinkedAsBroken(@TempDir Path dir) throws Exception {
        String alpha = "io/github/nnbackends/discovery/FakeProviders$Alpha.class";
        Path copy = dir.resolve(alpha);
        Files.createDirectories(copy.getParent());
        try (var in = DiscoveryEdgesTest.class.getClassLoader().getResourceAsStream(alpha)) {
            Files.copy(in, copy);
        }
        Backends broken = Backends.discover(seeing(dir, List.of("io.github.nnbackends.discovery.FakeProviders$Alpha")));
        assertThat(broken.all()).singleElement().satisfies(found -> {
            assertThat(found.name()).isEqualTo("(unknown provider 1)");
            assertThat(found.unavailable().orElseThrow().reason()).startsWith("NoClassDefFoundError: ");
            assertThat(found.unavailable().orElseThrow().kind()).isEqualTo(Unavailable.Kind.BROKEN_PROVIDER);
        });
    }

    /** A provider compiled for a newer Java is listed by its class name, with the JDK's reason. */
    @Test
    void namesAProviderCompiledForANewerJava(@TempDir Path dir) throws Exception {
        String alpha = "io/github/nnbackends/discovery/FakeProviders$Alpha.class";
        byte[] bytes;
        try (var in = DiscoveryEdgesTest.class.getClassLoader().getResourceAsStream(alpha)) {
            bytes = in.readAllBytes();
        }
        bytes[6] = 0;
        bytes[7] = 99; // the class file's major version: Java 55, far newer than any JDK running this
        Path copy = dir.resolve(alpha);
        Files.createDirectories(copy.getParent());
        Files.write(copy, bytes);
        Backends broken = Backends.discover(seeing(dir, List.of("io.github.nnbackends.discovery.FakeProviders$Alpha")));
        assertThat(broken.all()).singleElement().satisfies(found -> {
            assertThat(found.name()).isEqualTo("io.github.nnbackends.discovery.FakeProviders$Alpha");
            assertThat(found.unavailable().orElseThrow().reason()).startsWith("UnsupportedClassVersionError: ")
                    .contains("has been compiled by a more recent version");
        });
    }

    /** Two such providers are two broken entries, each with its own reason, never one name claimed twice. */
    @Test
    void listsTwoProvidersThatCannotBeLinkedAsTwo(@TempDir Path dir) throws Exception {
        List<String> classes = List.of("io.github.nnbackends.discovery.FakeProviders$Alpha",
                "io.github.nnbackends.discovery.FakeProviders$Beta");
        for (String name : classes) {
            String file = name.replace('.', '/') + ".class";
            Path copy = dir.resolve(file);
            Files.createDirectories(copy.getParent());
            try (var in = DiscoveryEdgesTest.class.getClassLoader().getResourceAsStream(file)) {
                Files.copy(in, copy);
            }
        }
        Backends broken = Backends.discover(seeing(dir, classes));
        assertThat(broken.all()).extracting(FoundBackend::name)
                .containsExactlyInAnyOrder("(unknown provider 1)", "(unknown provider 2)");
        assertThat(broken.all()).allSatisfy(found -> assertThat(found.unavailable().orElseThrow().reason())
                .startsWith("NoClassDefFoundError: "));
    }

    @Test
    void createsTheBackendThatAProviderMakes() {
        LinearAlgebra<?> algebra = Backends.create(creating("plain", PlainAlgebra::new));
        assertThat(algebra).isInstanceOf(PlainAlgebra.class);
    }

    @Test
    void saysWhichClassOfItsLibraryABackendsJarLacks() {
        assertThatThrownBy(() -> Backends.create(creating("lean", () -> {
            throw new NoClassDefFoundError("org/lib/Matrix");
        }))).isInstanceOf(BackendUnavailableException.class).hasMessage("backend 'lean' is unavailable: its jar lacks "
                + "the class org.lib.Matrix of its library: bundle the library into the backend's jar, or put the "
                + "library's jars on the backend path too (see README, 'Adding a backend')");
    }

    @Test
    void reportsOtherMissingClassErrorsAsTheyAre() {
        for (String message : new String[] {null, "Could not initialize class org.lib.Matrix", "org/lib/Matrix (wrong name)"}) {
            String expected = "backend 'lean' is unavailable: NoClassDefFoundError"
                    + (message == null ? "" : ": " + message);
            assertThatThrownBy(() -> Backends.create(creating("lean", () -> {
                throw new NoClassDefFoundError(message);
            }))).hasMessage(expected).extracting(e -> ((BackendUnavailableException) e).unavailable().kind())
                    .isEqualTo(Unavailable.Kind.FAILED_TO_START);
        }
    }

    private static FakeProviders.Named creating(String name, java.util.function.Supplier<LinearAlgebra<?>> create) {
        return new FakeProviders.Named(name, 0) {
            @Override
            public LinearAlgebra<?> create() {
                return create.get();
            }
        };
    }
}
