package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.tck.NumpyFixture;
import io.github.nnbackends.train.Agreement;
import io.github.nnbackends.train.Sizes;
import io.github.nnbackends.train.Trainer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged CLI, target/nn-cli.jar, started as a user starts it: a new JVM, only the jar named. */
class PackagedCliIT {

    private static final Path JAR = Path.of("target", "nn-cli.jar");
    private static final NumpyFixture NUMPY_SEED_0 = NumpyFixture.all().stream()
            .filter(f -> f.name().startsWith("seed0_n100_")).findFirst().orElseThrow();

    record Result(int exitCode, List<String> out, List<String> err) {
    }

    @Test
    void findsAllFourBackendsThroughTheirServiceFiles() throws Exception {
        Result result = run("backends");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).hasSize(5);
        assertThat(String.join("\n", result.out())).contains("commons", "ejml", "nd4j", "ojalgo");
    }

    @Test
    void findsTheSameBackendsInItsIndexAsBySearchingTheClassPath(@TempDir Path empty) throws Exception {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            JarEntry index = jar.getJarEntry(ServicesIndex.copyName(Backends.SERVICES_FILE));
            assertThat(new String(jar.getInputStream(index).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))).hasSize(4);
        }
        assertThat(run("backends").out()).hasSize(5).isEqualTo(searched(JAR, empty, "backends"));
    }

    @Test
    void readsItsBackendsFromItsIndex(@TempDir Path copy) throws Exception {
        // A copy of the jar and lib/ whose commons jar no longer registers its provider: the index, which the build
        // made, still lists it; a search of the class path does not find it.
        Path jar = copy.resolve(JAR.getFileName());
        Files.copy(JAR, jar);
        Path lib = Files.createDirectory(copy.resolve("lib"));
        try (var jars = Files.list(JAR.resolveSibling("lib"))) {
            for (Path from : jars.toList()) {
                if (from.getFileName().toString().startsWith("nn-backend-commons-")) {
                    unregistered(from, lib.resolve(from.getFileName()));
                } else {
                    Files.createSymbolicLink(lib.resolve(from.getFileName()), from.toAbsolutePath());
                }
            }
        }
        try {
            Process indexed = new ProcessBuilder(java(), "-jar", jar.toString(), "backends")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> fromIndex = new String(indexed.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines().toList();
            assertThat(indexed.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(fromIndex).anyMatch(line -> line.startsWith("commons "));
            assertThat(searched(jar, Files.createDirectory(copy.resolve("empty")), "backends"))
                    .noneMatch(line -> line.startsWith("commons ")).anyMatch(line -> line.startsWith("ejml "));
        } finally {
            try (var links = Files.list(lib)) { // removed here: JUnit warns of each link it removes
                for (Path link : links.filter(Files::isSymbolicLink).toList()) {
                    Files.delete(link);
                }
            }
        }
    }

    /** A copy of the jar {@code from} at {@code to} without its backend services file. */
    private static void unregistered(Path from, Path to) throws IOException {
        try (JarFile in = new JarFile(from.toFile());
                JarOutputStream out = new JarOutputStream(Files.newOutputStream(to))) {
            for (JarEntry entry : java.util.Collections.list(in.entries())) {
                if (!entry.getName().equals(Backends.SERVICES_FILE)) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    out.write(in.getInputStream(entry).readAllBytes());
                }
            }
        }
    }

    /** The stdout of nn started on the class path {@code jar} and {@code folder}, which makes it search that path. */
    private static List<String> searched(Path jar, Path folder, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", jar + File.pathSeparator + folder,
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        return out;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void thePlainRunLoadsNoClassOfPicocli() throws Exception {
        // No AOT cache keeps picocli's classes (their class files are too old): loading one opens its jar.
        List<String> log = List.of("-Xlog:class+load=info:stderr");
        Result plain = runWithJvmOptions(log, "train", "--backend=ejml", "--steps", "2", "--size", "tutorial");
        Result parsed = runWithJvmOptions(log, "train", "--backend=ejml", "--steps", "2", "--steps", "2");

        assertThat(plain.exitCode()).isZero();
        assertThat(plain.out()).hasSize(2);
        assertThat(plain.err()).anyMatch(line -> line.contains("] io.github.nnbackends.cli.PlainOptions "))
                .noneMatch(line -> line.contains("] picocli."));
        assertThat(parsed.exitCode()).as("an option given twice: picocli's to refuse").isEqualTo(2);
        assertThat(parsed.err()).anyMatch(line -> line.contains("] picocli.CommandLine "));
    }

    @Test
    void trainsOnEveryBackendWithNothingButItsOwnLines() throws Exception {
        for (String backend : List.of("ejml", "commons", "nd4j", "ojalgo")) {
            Result result = run("--backend", backend, "--steps", "3");
            assertThat(result.exitCode()).as(backend).isZero();
            assertThat(result.out()).as(backend).hasSize(3);
            for (int step = 0; step < 3; step++) {
                String prefix = "step: " + step + " loss: ";
                assertThat(result.out().get(step)).startsWith(prefix);
                double loss = Double.parseDouble(result.out().get(step).substring(prefix.length()));
                assertThat(Agreement.relativeDifference(loss, NUMPY_SEED_0.losses()[step])).as(backend)
                        .isLessThanOrEqualTo(Agreement.TOLERANCE);
            }
            assertThat(result.err()).as(backend + ": header and time only, no library banner").hasSize(2);
        }
    }

    @Test
    void rejectsBadInputWithOneLineAndExitCodeTwo() throws Exception {
        Result result = run("--backend", "nope");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).containsExactly("nn: no backend 'nope'; available: commons, ejml, nd4j, ojalgo");
    }

    @Test
    void nnBackendChoosesTheBackendUnlessBackendIsGivenAndTheHeaderSaysWhichRuleChose() throws Exception {
        Map<String, String> commons = Map.of("NN_BACKEND", "commons");
        Result byVariable = run(commons, "--steps", "2");
        assertThat(byVariable.exitCode()).isZero();
        assertThat(byVariable.err().get(0)).startsWith("nn: backend commons (Commons Math ")
                .contains("), chosen by NN_BACKEND, seed 0, ");
        Result byOption = run(commons, "--backend", "ojalgo", "--steps", "2");
        assertThat(byOption.err().get(0)).startsWith("nn: backend ojalgo (ojAlgo ").contains("), chosen by --backend, ");
        Result byPriority = run(Map.of("NN_BACKEND", ""), "--steps", "2");
        assertThat(byPriority.err().get(0)).startsWith("nn: backend ejml (EJML ").contains("), chosen by priority, ");
        assertThat(List.of(byVariable.out(), byOption.out(), byPriority.out())).allSatisfy(out -> assertThat(out)
                .hasSize(2));
        Result listing = run(commons, "backends");
        assertThat(listing.out()).filteredOn(line -> line.endsWith("available, default")).singleElement().asString()
                .startsWith("commons ");
        Result compare = run(commons, "compare", "--backends", "ejml", "--steps", "5", "--json");
        assertThat(compare.exitCode()).isZero();
        assertThat(compare.out()).hasSize(2).allMatch(line -> line.contains("\"reference\":\"commons\""));
    }

    @Test
    void aBackendThatNnBackendNamesButCannotBeUsedIsOneLineAndExitCodeTwo() throws Exception {
        String line = "nn: NN_BACKEND=nope chooses the backend, but no backend 'nope'; available: commons, ejml, "
                + "nd4j, ojalgo; unset NN_BACKEND, or give --backend";
        for (List<String> command : List.of(List.of("--steps", "2"), List.of("bench", "--steps", "2"),
                List.of("compare", "--steps", "2"))) {
            Result result = run(Map.of("NN_BACKEND", "nope"), command.toArray(String[]::new));
            assertThat(result.exitCode()).as(command.toString()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).containsExactly(line);
        }
        // backends lists them all, for the user to choose a name from, and still fails.
        Result listing = run(Map.of("NN_BACKEND", "nope"), "backends");
        assertThat(listing.exitCode()).isEqualTo(2);
        assertThat(listing.out()).hasSize(5).noneMatch(row -> row.endsWith("default"));
        assertThat(listing.err()).containsExactly(line);
    }

    @Test
    void aFileThatIsStdoutIsRefusedBeforeTraining(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("out.txt");
        ProcessBuilder builder = java(List.of("--steps", "3", "--loss-csv", "/dev/stdout"));
        Process process = builder.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(err).isEqualTo("nn: --loss-csv: '/dev/stdout' is nn's stdout, which carries the step lines or "
                + "the table; give another file\n");
        assertThat(out).isEmptyFile();
    }

    @Test
    void addsTheBackendsOfNnBackendPathWithoutRebuilding(@TempDir Path folder) throws Exception {
        Path plain = BackendJar.example(folder);
        Result result = run(Map.of("NN_BACKEND_PATH", plain.toString()), "--backend", "plain", "--steps", "2");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).hasSize(2);
        assertThat(result.err().get(0)).startsWith("nn: backend plain (plain Java 1.0)");
    }

    @Test
    void anExplicitBackendPathWinsOverTheEnvironmentForEveryCommand(@TempDir Path folder) throws Exception {
        Path plain = BackendJar.example(folder);
        Map<String, String> stale = Map.of("NN_BACKEND_PATH", folder.resolve("gone.jar").toString());
        Result listing = run(stale, "--backend-path", plain.toString(), "backends");
        assertThat(listing.exitCode()).as(String.join("\n", listing.err())).isZero();
        assertThat(listing.out()).anyMatch(line -> line.startsWith("plain "));
        Result bench = run(stale, "--backend-path", plain.toString(), "bench", "--backend", "plain", "--steps", "1",
                "--warmup", "1", "--runs", "1");
        assertThat(bench.exitCode()).isZero();
        Result fromEnvironment = run(stale, "backends");
        assertThat(fromEnvironment.exitCode()).isEqualTo(2);
        assertThat(fromEnvironment.err()).singleElement().asString().contains("NN_BACKEND_PATH", "does not exist");
    }

    @Test
    void runningOutOfMemoryIsOneLineWithExitCodeTwo() throws Exception {
        for (String command : List.of("train", "bench")) {
            List<String> args = new ArrayList<>(List.of("--samples", "100000", "--inputs", "20000", "--steps", "1"));
            if (command.equals("bench")) {
                args.add(0, "bench");
            }
            Result result = runWithJvmOptions(List.of("-Xmx64m"), args.toArray(String[]::new));
            assertThat(result.exitCode()).as(command).isEqualTo(2);
            assertThat(result.out()).as(command).isEmpty();
            assertThat(result.err()).as(command).singleElement().asString()
                    .startsWith("nn: not enough memory for samples 100000, inputs 20000, hidden 9, outputs 3: ")
                    .contains("training needs about " + Words.bytes(Trainer.bytesNeeded(new Sizes(100_000, 20_000, 9, 3)))
                            + ", nn about " + Words.bytes(NotEnoughMemory.RESERVE_BYTES) + " more, and Java may use ",
                            " MiB; use smaller sizes");
        }
    }

    @Test
    void listsBrokenBackendsAsUnavailableAndStillTrainsOnTheOthers(@TempDir Path folder) throws Exception {
        Path broken = BrokenBackends.jar(folder);
        Result listing = run(Map.of(), "--backend-path", broken.toString(), "backends");
        assertThat(listing.exitCode()).isZero();
        assertThat(listing.out()).filteredOn(line -> line.contains(" available")).hasSize(5);
        assertThat(listing.out()).filteredOn(line -> line.contains("unavailable: ")).hasSize(2);
        assertThat(run(Map.of(), "--backend-path", broken.toString(), "--backend", "ejml", "--steps", "2").out())
                .hasSize(2);
    }

    @Test
    void aSignalEndsTheRunWithEveryLineComputedSoFarWhole(@TempDir Path folder) throws Exception {
        for (String signal : List.of("TERM", "INT")) {
            Path out = folder.resolve(signal + ".txt");
            Process nn = java(List.of("--steps", "100000000")).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (Files.size(out) < 1000 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            new ProcessBuilder("kill", "-" + signal, Long.toString(nn.pid())).start().waitFor();
            assertThat(nn.waitFor(60, TimeUnit.SECONDS)).as(signal).isTrue();
            assertThat(nn.exitValue()).as(signal).isEqualTo(signal.equals("TERM") ? 143 : 130);
            String written = Files.readString(out, StandardCharsets.UTF_8);
            assertThat(written).as(signal).endsWith("\n");
            List<String> lines = written.lines().toList();
            for (int step = 0; step < lines.size(); step++) {
                assertThat(lines.get(step)).as("%s: line %d of %d", signal, step, lines.size())
                        .matches("step: " + step + " loss: [0-9.e+-]+");
            }
        }
    }

    @Test
    void aSignalEndsTheRunEvenWhenStdoutsReaderHasStalled() throws Exception {
        // Nobody reads the pipe: it fills within milliseconds and every write of nn's blocks.
        Process nn = java(List.of("--steps", "100000000")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(3000);
        new ProcessBuilder("kill", "-TERM", Long.toString(nn.pid())).start().waitFor();
        assertThat(nn.waitFor(10, TimeUnit.SECONDS)).as("ended though its reader stalled").isTrue();
        assertThat(nn.exitValue()).isEqualTo(143);
        String written = new String(nn.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(written).endsWith("\n");
        List<String> lines = written.lines().toList();
        for (int step = 0; step < lines.size(); step++) {
            assertThat(lines.get(step)).as("line %d of %d", step, lines.size())
                    .matches("step: " + step + " loss: [0-9.e+-]+");
        }
    }

    @Test
    void whatABackendPrintsOnSystemOutGoesToStderr(@TempDir Path folder) throws Exception {
        Result result = run("--backend-path", BrokenBackends.failingAtStart(folder).toString(), "--steps", "3");
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).hasSize(3).allMatch(line -> line.matches("step: \\d loss: [0-9.e+-]+"));
        assertThat(result.err()).first().asString().startsWith("PRINTER SAYS HInn: backend 'printer' is unavailable");
    }

    @Test
    void aFullDiskIsOneLineAndExitOne() throws Exception {
        for (String command : List.of("train", "backends", "--help")) {
            Process nn = java(List.of(command)).redirectOutput(new java.io.File("/dev/full")).start();
            String err = new String(nn.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(nn.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(nn.exitValue()).as(command).isEqualTo(1);
            assertThat(err.lines().toList()).as(command).last()
                    .isEqualTo("nn: cannot write to standard output: No space left on device");
        }
    }

    @Test
    void aReaderThatGoesAwayStopsTheRunQuietlyAsSigpipeWould() throws Exception {
        Process nn = java(List.of("--steps", "100000000")).redirectError(ProcessBuilder.Redirect.PIPE).start();
        try (java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(
                nn.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).startsWith("step: 0 loss: ");
        }
        assertThat(nn.waitFor(30, TimeUnit.SECONDS)).as("stopped soon after its reader went").isTrue();
        assertThat(nn.exitValue()).isEqualTo(141);
        assertThat(new String(nn.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .doesNotContain("Exception", "pipe");
    }

    /** The packaged jar, started as a user starts it, with {@code args}; stdout and stderr left to the caller. */
    private static ProcessBuilder java(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("NN_BACKEND_PATH");
        return builder;
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    private static Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return run(environment, List.of(), args);
    }

    private static Result runWithJvmOptions(List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        return run(Map.of(), jvmOptions, args);
    }

    private static Result run(Map<String, String> environment, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        assertThat(JAR).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("nn-out", ".txt");
        Path err = Files.createTempFile("nn-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().remove("NN_BACKEND_PATH");
            builder.environment().putAll(environment);
            Process process = builder.start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
            return new Result(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                    Files.readAllLines(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
