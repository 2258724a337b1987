package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.nnbackends.tck.NumpyFixture;
import io.github.nnbackends.train.Agreement;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendPathTest {

    @TempDir
    static Path folder;
    private static Path plain;
    private static Path broken;

    @BeforeAll
    static void buildTheJars() throws IOException {
        plain = BackendJar.example(folder);
        broken = BrokenBackends.jar(folder);
    }

    @Test
    void trainsABackendBuiltOutsideNnToNumpysLosses() {
        NumpyFixture fixture = NumpyFixture.all().stream().filter(f -> f.name().startsWith("seed7_n1_"))
                .findFirst().orElseThrow();
        CliRun run = CliRun.of("--backend-path", plain.toString(), "--backend", "plain", "--seed", "7",
                "--samples", "1", "--inputs", "5", "--hidden", "4", "--outputs", "2", "--lr", "0.001",
                "--steps", Integer.toString(fixture.steps()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines().get(0)).startsWith("nn: backend plain (plain Java 1.0)");
        List<String> lines = run.outLines();
        assertThat(lines).hasSize(fixture.steps());
        for (int step = 0; step < lines.size(); step++) {
            double loss = Double.parseDouble(lines.get(step).substring(("step: " + step + " loss: ").length()));
            assertThat(Agreement.relativeDifference(loss, fixture.losses()[step])).as(lines.get(step))
                    .isLessThanOrEqualTo(Agreement.TOLERANCE);
        }
    }

    @Test
    void takesEveryJarOfAFolderAsJavaCpFolderStarDoes(@TempDir Path jars) throws IOException {
        Files.copy(plain, jars.resolve("plain.jar"));
        CliRun run = CliRun.of("--backend-path", jars.toString(), "--backend", "plain", "--steps", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.err()).doesNotContain("holds no nn backend");
    }

    @Test
    void warnsOfAnEntryThatHoldsNoBackend(@TempDir Path empty) {
        CliRun run = CliRun.of("backends", "--backend-path", empty + File.pathSeparator + plain);
        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly("nn: --backend-path: '" + empty + "' holds no nn backend (fine if "
                + "a backend on the path needs it)");
        assertThat(run.outLines()).anyMatch(line -> line.startsWith("plain "));
    }

    @Test
    void takesAFolderOfClassesAndLeavesOutWhatIsNoJar(@TempDir Path classes) throws IOException {
        unpack(plain, classes);
        Files.writeString(classes.resolve("notes.txt"), "not a class, not a jar");
        Files.createDirectories(classes.resolve("old.jar"));
        Files.writeString(classes.resolve("fake.jar"), "not a jar either");
        CliRun run = CliRun.of("--backend-path", classes.toString(), "--backend", "plain", "--steps", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.errLines()).filteredOn(line -> line.startsWith("nn: --backend-path: ")).containsExactly(
                "nn: --backend-path: '" + classes.resolve("fake.jar") + "' is not a jar; left out");
        assertThat(run.errLines().get(1)).startsWith("nn: backend plain (plain Java 1.0)");
    }

    @Test
    void takesAFolderOfABackendOfTheFirstSpiAsHoldingOne(@TempDir Path classes) throws IOException {
        unpack(BrokenBackends.spi1(folder), classes);
        CliRun run = CliRun.of("backends", "--backend-path", classes.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).anyMatch(line -> line.startsWith("old.PlainProvider "));
    }

    @Test
    void warnsOfAJarThatHoldsNoBackend() throws IOException {
        Path library = folder.resolve("library.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(library))) {
            out.putNextEntry(new JarEntry("lib/notes.txt"));
            out.write("a library's jar: no services file".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        CliRun run = CliRun.of("backends", "--backend-path", library.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly("nn: --backend-path: '" + library + "' holds no nn backend (fine if "
                + "a backend on the path needs it)");
    }

    @Test
    void refusesAPathOfNothingButASeparator() {
        CliRun run = CliRun.of("backends", "--backend-path", File.pathSeparator);
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: --backend-path: an empty entry in '"
                + File.pathSeparator + "'; separate entries by a single '" + File.pathSeparator + "'");
    }

    @Test
    void listsWhyEachBrokenBackendIsUnavailableInJson() {
        CliRun run = CliRun.of("backends", "--json", "--backend-path", broken.toString());
        assertThat(run.exitCode()).isZero();
        JsonObject missing = run.outLines().stream().map(line -> JsonParser.parseString(line).getAsJsonObject())
                .filter(json -> json.get("name").getAsString().equals("broken.Missing")).findFirst().orElseThrow();
        assertThat(missing.get("available").getAsBoolean()).isFalse();
        assertThat(missing.get("kind").getAsString()).isEqualTo("broken_provider");
        assertThat(missing.get("reason").getAsString()).endsWith("Provider broken.Missing not found");
        assertThat(missing.get("default").getAsBoolean()).isFalse();
    }

    @Test
    void listsTheBackendsOnThePathBesideTheBuiltInOnes() {
        CliRun run = CliRun.of("backends", "--backend-path", plain + File.pathSeparator + broken);
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).anyMatch(line -> line.matches("plain +plain Java +1\\.0 +available"));
    }

    @Test
    void takesThePathBeforeOrAfterAnyCommand() {
        for (String command : List.of("backends", "bench", "compare", "train")) {
            List<String> options = command.equals("backends") ? List.of()
                    : List.of(command.equals("compare") ? "--backends" : "--backend", "plain", "--steps", "1");
            List<String> before = new ArrayList<>(List.of("--backend-path", plain.toString(), command));
            before.addAll(options);
            List<String> after = new ArrayList<>(List.of(command, "--backend-path", plain.toString()));
            after.addAll(options);
            for (List<String> args : List.of(before, after)) {
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.exitCode()).as("%s: %s", args, run.err()).isZero();
                assertThat(run.out() + run.err()).as("%s", args).contains("plain");
            }
        }
    }

    @Test
    void writesWhateverAProviderSaysOfItselfAsValidJson(@TempDir Path jars) throws IOException {
        Path odd = BackendJar.of(jars, "odd.jar", Map.of("odd.Odd", """
                package odd;
                public class Odd implements io.github.nnbackends.spi.BackendProvider {
                    public String name() { return "odd"; }
                    public String library() { return "Odd \\"lib\\" \\\\ with\\ttab"; }
                    public java.util.Optional<String> version() { return java.util.Optional.of("1\\u00e9\\u0001"); }
                    public String spiVersion() { return io.github.nnbackends.spi.SpiVersion.CURRENT; }
                    public io.github.nnbackends.spi.LinearAlgebra<?> create() { return null; }
                }
                """), List.of("odd.Odd"));
        CliRun run = CliRun.of("backends", "--json", "--backend-path", odd.toString());
        JsonObject found = run.outLines().stream().map(line -> JsonParser.parseString(line).getAsJsonObject())
                .filter(json -> json.get("name").getAsString().equals("odd")).findFirst().orElseThrow();
        assertThat(found.get("library").getAsString()).isEqualTo("Odd \"lib\" \\ with\ttab");
        assertThat(found.get("version").getAsString()).isEqualTo("1\u00e9\u0001");
    }

    @Test
    void listsBrokenProvidersAsUnavailableWithTheReasonAndKeepsTheOthers() {
        CliRun run = CliRun.of("backends", "--backend-path", broken.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines())
                .anyMatch(line -> line.matches("commons +Commons Math +" + Libraries.versionPattern("commons")
                        + " +available"))
                .anyMatch(line -> line.matches("ejml +EJML +" + Libraries.versionPattern("ejml")
                        + " +available, default"))
                .anyMatch(line -> line.matches("nd4j +ND4J +" + Libraries.versionPattern("nd4j") + " +available"))
                .anyMatch(line -> line.matches("broken\\.Missing +- +- +unavailable: .*not found.*"))
                .anyMatch(line -> line.matches("broken\\.Throwing +- +- +unavailable: .*static initializer failed.*"))
                .anyMatch(line -> line.matches("nonative +Broken +0 +available"));
    }

    @Test
    void trainsOnAGoodBackendWhenBrokenOnesAreOnThePath() {
        CliRun run = CliRun.of("--backend-path", broken.toString(), "--backend", "ejml", "--steps", "2");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(2);
    }

    @Test
    void saysWhyABrokenBackendCannotBeUsedAfterALineForEachOtherBrokenOneOnThePath() {
        CliRun noNative = CliRun.of("--backend-path", broken.toString(), "--backend", "nonative");
        assertThat(noNative.exitCode()).isEqualTo(2);
        assertThat(noNative.out()).isEmpty();
        assertThat(noNative.errLines()).containsExactly(
                "nn: on the backend path: broken.Missing is unavailable: ServiceConfigurationError: "
                        + "io.github.nnbackends.spi.BackendProvider: Provider broken.Missing not found",
                "nn: on the backend path: broken.Throwing is unavailable: ServiceConfigurationError: "
                        + "io.github.nnbackends.spi.BackendProvider: Provider broken.Throwing could not be "
                        + "instantiated (caused by IllegalStateException: static initializer failed)",
                "nn: backend 'nonative' is unavailable: UnsatisfiedLinkError: no nonative in java.library.path");
        CliRun throwing = CliRun.of("--backend-path", broken.toString(), "--backend", "broken.Throwing");
        assertThat(throwing.exitCode()).isEqualTo(2);
        assertThat(throwing.errLines()).hasSize(2).last().asString()
                .contains("backend 'broken.Throwing' is unavailable", "static initializer failed");
    }

    @Test
    void aBackendFailingMidRunIsOneLineNamingItAndTheOperation() throws IOException {
        Path lazy = BrokenBackends.lazy(folder);
        for (String command : List.of("train", "bench", "compare")) {
            CliRun run = CliRun.of(command, "--backend-path", lazy.toString(),
                    command.equals("compare") ? "--backends" : "--backend", "lazy", "--steps", "1");
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.FAILED);
            assertThat(run.errLines()).as(command).last().asString()
                    .isEqualTo("nn: backend 'lazy' failed in fromRowMajor: NoClassDefFoundError: org/lib/Matrix");
            assertThat(run.err()).as(command).doesNotContain("\tat ");
        }
    }

    /** A folder named 'backends' (no such folder here) is the option's value, not the command. */
    @Test
    void takesAValueNamedLikeACommandAsTheBackendPath() {
        for (List<String> args : List.of(List.of("--backend-path", "backends", "--steps", "1"),
                List.of("--backend-path", "backends", "backends"), List.of("--backend-path", "train"),
                List.of("backends", "--backend-path", "compare"))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.errLines()).as("%s", args).singleElement().asString()
                    .startsWith("nn: --backend-path: '" + args.get(args.indexOf("--backend-path") + 1)
                            + "' does not exist");
        }
    }

    @Test
    void listsABackendBuiltForAnotherSpiAsUnavailableAndRefusesItInOneLine() throws IOException {
        Path older = BrokenBackends.olderSpi(folder);
        Path spi1 = BrokenBackends.spi1(folder);
        CliRun listing = CliRun.of("backends", "--backend-path", older + File.pathSeparator + spi1);
        assertThat(listing.exitCode()).isZero();
        assertThat(listing.err()).as("both jars hold a backend").isEmpty();
        assertThat(listing.outLines())
                .anyMatch(line -> line.matches("older +Broken +- +unavailable: built for nn SPI 1\\.0; this nn has "
                        + "SPI 2\\.0: rebuild it against nn-api 2\\.x"))
                .anyMatch(line -> line.matches("old\\.PlainProvider +- +- +unavailable: built for nn SPI 1 \\(package "
                        + "nn\\.spi\\); this nn has SPI 2\\.0: rebuild it against nn-api 2\\.x"));
        CliRun training = CliRun.of("--backend-path", older.toString(), "--backend", "older", "--steps", "1");
        assertThat(training.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(training.out()).isEmpty();
        assertThat(training.errLines()).containsExactly("nn: backend 'older' is unavailable: built for nn SPI 1.0; "
                + "this nn has SPI 2.0: rebuild it against nn-api 2.x");
    }

    @Test
    void saysInOneLineThatABackendsJarLacksItsLibrary() throws IOException {
        CliRun run = CliRun.of("--backend-path", BrokenBackends.unbundled(folder).toString(), "--backend", "unbundled");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.errLines()).containsExactly("nn: backend 'unbundled' is unavailable: its jar lacks the class "
                + "org.lib.DenseMatrix of its library: bundle the library into the backend's jar, or put the "
                + "library's jars on the backend path too (see README, 'Adding a backend')");
    }

    @Test
    void refusesANameClaimedTwiceNamingBothClasses() throws IOException {
        Path impostor = BrokenBackends.impostor(folder);
        CliRun run = CliRun.of("--backend-path", impostor.toString(), "--backend", "ejml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).contains("backend 'ejml' is unavailable: two backends are named 'ejml'",
                "io.github.nnbackends.backend.ejml.EjmlProvider", "broken.Impostor");
        assertThat(CliRun.of("--backend-path", impostor.toString(), "--backend", "commons", "--steps", "1")
                .exitCode()).isZero();
    }

    /** The files of {@code jar}, as a folder of classes. */
    private static void unpack(Path jar, Path into) throws IOException {
        try (JarFile files = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(files.entries())) {
                Path file = into.resolve(entry.getName());
                if (!entry.isDirectory()) {
                    Files.createDirectories(file.getParent());
                    try (InputStream in = files.getInputStream(entry)) {
                        Files.copy(in, file);
                    }
                }
            }
        }
    }
}
