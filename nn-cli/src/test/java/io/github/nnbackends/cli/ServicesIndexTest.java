package io.github.nnbackends.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.discovery.FoundBackend;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index of services files: written from a class path, and read in place of searching one. */
class ServicesIndexTest {

    private static final String EJML = "io.github.nnbackends.backend.ejml.EjmlProvider";
    private static final String COMMONS = "io.github.nnbackends.backend.commons.CommonsMathProvider";
    private static final ClassLoader TESTS = ServicesIndexTest.class.getClassLoader();
    private static final String JDK_CLASS = "java.lang.Object";

    @TempDir
    Path dir;

    @Test
    void gathersEveryServicesFileOfTheClassPathInOrderEachEndingItsLine() throws IOException {
        try (URLClassLoader loader = folders(List.of("a.First\n# a comment\n", "", "b.Second", "c.Third\n"))) {
            Path classes = dir.resolve("classes");
            ServicesIndexWriter.write(loader, classes);
            String header = "# Every " + Backends.SERVICES_FILE + " of nn's class path, gathered by the build\n";
            assertThat(Files.readString(classes.resolve(ServicesIndex.FOLDER + "io.github.nnbackends.spi.BackendProvider")))
                    .isEqualTo(header + "a.First\n# a comment\nb.Second\nc.Third\n");
            assertThat(Files.readString(classes.resolve(ServicesIndex.FOLDER + "nn.spi.BackendProvider")))
                    .isEqualTo("# Every " + Backends.SPI_1_SERVICES_FILE + " of nn's class path, gathered by the build\n");
        }
    }

    @Test
    void theBuildsRunOfTheWriterListsTheFourBackendsOfItsClassPath() throws IOException {
        ServicesIndexWriter.main(new String[] {dir.toString()});
        assertThat(Files.readAllLines(dir.resolve(ServicesIndex.copyName(Backends.SERVICES_FILE)))).contains(EJML,
                COMMONS, "io.github.nnbackends.backend.ojalgo.OjAlgoProvider",
                "io.github.nnbackends.backend.nd4j.Nd4jProvider");
    }

    @Test
    void discoveryReadsTheIndexOfTheOneJarOnTheClassPath() throws IOException {
        Path jar = indexJar("index.jar", EJML);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, TESTS)) {
            ClassLoader indexed = ServicesIndex.over(loader, jar.toString());
            assertThat(names(Backends.discover(indexed))).containsExactly("ejml");
            assertThat(names(Backends.discover(loader))).as("without the index, all four and more")
                    .contains("commons", "ejml", "nd4j", "ojalgo");
            assertThat(Collections.list(indexed.getResources(Backends.SPI_1_SERVICES_FILE))).singleElement()
                    .asString().startsWith("jar:").endsWith("!/" + ServicesIndex.FOLDER + "nn.spi.BackendProvider");
        }
    }

    @Test
    void theIndexIsReadWithoutAskingTheClassLoaderForEveryCopy() throws IOException {
        // Asking a class loader for every copy of a resource opens every jar of its class path, even to take the first:
        // the index is read from the jar itself.
        Path jar = indexJar("index.jar", JDK_CLASS);
        List<String> askedForEvery = new java.util.ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader()) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) throws IOException {
                askedForEvery.add(name);
                return super.getResources(name);
            }
        }) {
            ClassLoader indexed = ServicesIndex.over(loader, jar.toString());
            assertThat(indexed).isNotSameAs(loader);
            assertThat(Collections.list(indexed.getResources(Backends.SERVICES_FILE))).singleElement().asString()
                    .endsWith("!/" + ServicesIndex.copyName(Backends.SERVICES_FILE));
            assertThat(askedForEvery).isEmpty();
        }
    }

    /** A class that needs none of the tests' others, copied into a jar to be loaded from there. */
    static final class Marker {
    }

    @Test
    void theIndexIsUsedOnlyForTheClassesOfItsJar() throws Exception {
        String marker = Marker.class.getName().replace('.', '/') + ".class";
        byte[] markerBytes;
        try (var in = TESTS.getResourceAsStream(marker)) {
            markerBytes = in.readAllBytes();
        }
        Path jar = dir.resolve("nn.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry(ServicesIndex.copyName(Backends.SERVICES_FILE)));
            out.write((JDK_CLASS + "\n").getBytes(UTF_8));
            out.putNextEntry(new JarEntry(ServicesIndex.copyName(Backends.SPI_1_SERVICES_FILE)));
            out.putNextEntry(new JarEntry(marker));
            out.write(markerBytes);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> fromTheJar = loader.loadClass(Marker.class.getName());
            assertThat(fromTheJar.getClassLoader()).isSameAs(loader);
            assertThat(ServicesIndex.over(fromTheJar, jar.toString())).isInstanceOf(ServicesIndex.class);
            assertThat(ServicesIndex.over(Marker.class, jar.toString())).as("a class from elsewhere: its own loader")
                    .isSameAs(TESTS);
            assertThat(ServicesIndex.over(fromTheJar, dir.resolve("gone.jar").toString())).isSameAs(loader);
            assertThat(ServicesIndex.over(fromTheJar, "")).isSameAs(loader);
            assertThat(ServicesIndex.over(String.class, jar.toString())).as("a class of the JDK, of no jar").isNull();
        }
        // A class whose code source is no file (a URL that names no file system of this JVM).
        try (var elsewhere = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader()) {
            Class<?> marker() {
                return defineClass(Marker.class.getName(), markerBytes, 0, markerBytes.length,
                        new java.security.ProtectionDomain(new java.security.CodeSource(uncheckedUrl(
                                "jar:" + jar.toUri() + "!/"), (java.security.cert.Certificate[]) null), null));
            }
        }) {
            Class<?> fromNoFile = elsewhere.marker();
            assertThat(ServicesIndex.over(fromNoFile, jar.toString())).isSameAs(elsewhere);
        }
    }

    private static URL uncheckedUrl(String url) {
        try {
            return new URL(url);
        } catch (java.net.MalformedURLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anyOtherResourceIsFoundAsTheClassLoaderFindsIt() throws IOException {
        Path jar = indexJar("index.jar", EJML);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, TESTS)) {
            ClassLoader indexed = ServicesIndex.over(loader, jar.toString());
            for (String name : List.of("META-INF/services/org.slf4j.spi.SLF4JServiceProvider", "META-INF/MANIFEST.MF",
                    "no/such/resource")) {
                assertThat(Collections.list(indexed.getResources(name))).as(name)
                        .isEqualTo(Collections.list(loader.getResources(name)));
            }
            assertThat(Collections.list(indexed.getResources("META-INF/services/org.slf4j.spi.SLF4JServiceProvider")))
                    .as("a services file the index does not hold").isNotEmpty();
        }
    }

    @Test
    void aClassPathOfMoreThanTheJarOrOfAnotherJarOrWithoutAnIndexIsSearchedAsUsual() throws IOException {
        // Loaders of the JDK alone: their index names a class of the JDK, which they can load.
        Path jar = indexJar("index.jar", JDK_CLASS);
        Path other = indexJar("other.jar", JDK_CLASS);
        Path plain = Files.write(dir.resolve("plain.jar"), emptyJar());
        Path folder = dir.resolve("folder");
        Files.createDirectories(folder.resolve(ServicesIndex.FOLDER));
        Files.writeString(folder.resolve(ServicesIndex.copyName(Backends.SERVICES_FILE)), JDK_CLASS + "\n");
        ClassLoader jdk = ClassLoader.getPlatformClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, jdk);
                URLClassLoader withoutIndex = new URLClassLoader(new URL[] {plain.toUri().toURL()}, jdk);
                URLClassLoader inFolder = new URLClassLoader(new URL[] {folder.toUri().toURL()}, jdk)) {
            assertThat(ServicesIndex.over(loader, jar.toString())).isNotSameAs(loader);
            assertThat(ServicesIndex.over(loader, jar + File.pathSeparator + dir)).isSameAs(loader);
            assertThat(ServicesIndex.over(loader, "")).isSameAs(loader);
            assertThat(ServicesIndex.over(loader, "\0")).as("no path").isSameAs(loader);
            assertThat(ServicesIndex.over(loader, dir.resolve("gone.jar").toString())).as("no such jar")
                    .isSameAs(loader);
            assertThat(ServicesIndex.over(withoutIndex, plain.toString())).isSameAs(withoutIndex);
            try (URLClassLoader manifestNamesIt = new URLClassLoader(new URL[] {plain.toUri().toURL(),
                    other.toUri().toURL()}, jdk)) {
                assertThat(ServicesIndex.over(manifestNamesIt, plain.toString()))
                        .as("an index in a jar that the class path's jar names, not in that jar").isSameAs(manifestNamesIt);
            }
            assertThat(ServicesIndex.over(inFolder, folder.toString())).as("an index in a folder, not a jar")
                    .isSameAs(inFolder);
        }
    }

    @Test
    void anIndexIsNotUsedBesideServicesFilesOfTheJarsOwnOrWhenAProviderItNamesIsNotThere() throws IOException {
        // Whole indexes, both copies: only the jar's own services file can keep them from being used.
        Path merged = jar("merged.jar", Map.of(ServicesIndex.copyName(Backends.SERVICES_FILE), EJML + "\n",
                ServicesIndex.copyName(Backends.SPI_1_SERVICES_FILE), "", Backends.SERVICES_FILE, COMMONS + "\n"));
        Path merged1 = jar("merged1.jar", Map.of(ServicesIndex.copyName(Backends.SERVICES_FILE), EJML + "\n",
                ServicesIndex.copyName(Backends.SPI_1_SERVICES_FILE), "",
                Backends.SPI_1_SERVICES_FILE, "old.Provider\n"));
        Path gone = indexJar("gone.jar", EJML, "io.github.nnbackends.backend.gone.GoneProvider");
        Path commented = indexJar("commented.jar", "# a comment", "  " + EJML + "  # ejml", "", COMMONS);
        for (Path jar : List.of(merged, merged1, gone, commented)) {
            try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, TESTS)) {
                ClassLoader over = ServicesIndex.over(loader, jar.toString());
                if (jar.equals(commented)) {
                    assertThat(over).as("comments and blanks, as in a services file").isNotSameAs(loader);
                } else {
                    assertThat(over).as(jar.getFileName().toString()).isSameAs(loader);
                }
            }
        }
    }

    @Test
    void theWriterAndTheReaderAgree() throws IOException {
        Path classes = dir.resolve("classes");
        try (URLClassLoader loader = folders(List.of(COMMONS + "\n", EJML + "\n"))) {
            ServicesIndexWriter.write(loader, classes);
        }
        Path jar = dir.resolve("written.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
                Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                jarOut.write(Files.readAllBytes(file));
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, TESTS)) {
            assertThat(names(Backends.discover(ServicesIndex.over(loader, jar.toString()))))
                    .containsExactly("commons", "ejml");
        }
    }

    @Test
    void theBuiltInLoaderOfTestsIsTheirOwn() {
        assertThat(ServicesIndex.builtIn()).as("the tests' class path is not nn-cli.jar alone").isSameAs(TESTS);
    }

    private static List<String> names(Backends backends) {
        return backends.all().stream().map(FoundBackend::name).toList();
    }

    /** A class loader over folders, one per text, each holding a backend services file with that text. */
    private URLClassLoader folders(List<String> texts) throws IOException {
        URL[] urls = new URL[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            Path folder = dir.resolve("folder" + i);
            Path services = folder.resolve(Backends.SERVICES_FILE);
            Files.createDirectories(services.getParent());
            Files.writeString(services, texts.get(i), UTF_8);
            urls[i] = folder.toUri().toURL();
        }
        return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
    }

    /** A jar whose index lists {@code providers} as the backends of its class path. */
    private Path indexJar(String name, String... providers) throws IOException {
        return jar(name, Map.of(ServicesIndex.copyName(Backends.SERVICES_FILE), String.join("\n", providers) + "\n",
                ServicesIndex.copyName(Backends.SPI_1_SERVICES_FILE), ""));
    }

    /** A jar of these entries and their texts. */
    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
                jarOut.putNextEntry(new JarEntry(entry.getKey()));
                jarOut.write(entry.getValue().getBytes(UTF_8));
            }
        }
        return jar;
    }

    private static byte[] emptyJar() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (JarOutputStream jarOut = new JarOutputStream(bytes)) {
            jarOut.putNextEntry(new JarEntry("nothing.txt"));
        }
        return bytes.toByteArray();
    }
}
