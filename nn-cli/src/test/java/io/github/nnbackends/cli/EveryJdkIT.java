package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * nn prints the same on every JDK here, this one and those installed beside it: Python's repr of the fixture's
 * doubles (JDK 19 and later take the JDK's own shortest digits, older ones Jackson's), and the same lines for the
 * tutorial's runs from the packaged jar.
 */
class EveryJdkIT {

    private static final Path JAR = Path.of("target", "nn-cli.jar");

    @Test
    void printsFloatsAsPythonDoesOnEveryJdk() throws Exception {
        List<String> hex = new ArrayList<>();
        List<String> python = new ArrayList<>();
        try (InputStream fixture = Objects.requireNonNull(getClass().getResourceAsStream("float-repr.txt"))) {
            new String(fixture.readAllBytes(), StandardCharsets.UTF_8).lines().filter(line -> !line.startsWith("#"))
                    .map(line -> line.split(" ")).forEach(fields -> {
                        hex.add(fields[0]);
                        python.add(fields[1]);
                    });
        }
        for (Path jdk : jdks()) {
            List<String> printed = run(jdk, String.join("\n", hex), "-cp", System.getProperty("java.class.path"),
                    ReprLines.class.getName());
            assertThat(printed).as(jdk.toString()).isEqualTo(python);
        }
    }

    @Test
    void printsTheSameTutorialLinesOnEveryJdk() throws Exception {
        for (String seed : List.of("0", "7", "4294967295")) {
            List<String> expected = run(Path.of(System.getProperty("java.home")), "", "-jar", JAR.toString(), "--seed",
                    seed);
            assertThat(expected).hasSize(2000);
            for (Path jdk : jdks()) {
                assertThat(run(jdk, "", "-jar", JAR.toString(), "--seed", seed)).as("%s, seed %s", jdk, seed)
                        .isEqualTo(expected);
            }
        }
    }

    /**
     * From JDK 21, System.exit logs itself through a System.Logger, whose lookup searches every jar of the class path:
     * a run that succeeds ends by returning from main instead. Seen with that logger turned on: a failing run logs
     * its exit, a successful one does not.
     */
    @Test
    void aSuccessfulRunEndsWithoutSystemExit(@TempDir Path dir) throws Exception {
        Path logging = Files.writeString(dir.resolve("logging.properties"), "handlers=java.util.logging.ConsoleHandler\n"
                + "java.util.logging.ConsoleHandler.level=ALL\njava.lang.Runtime.level=ALL\n");
        for (Path jdk : jdks()) {
            if (feature(jdk) < 21) {
                continue; // System.exit logs nothing before JDK 21: nothing to tell the two ends apart by
            }
            String option = "-Djava.util.logging.config.file=" + logging;
            assertThat(stderr(jdk, 2, option, "-jar", JAR.toString(), "--steps", "0")).as(jdk.toString())
                    .contains("Runtime.exit() called with status: 2");
            assertThat(stderr(jdk, 0, option, "-jar", JAR.toString(), "--steps", "1")).as(jdk.toString())
                    .doesNotContain("Runtime.exit").contains("nn: 1 steps in ");
        }
    }

    /** The stderr of {@code jdk}'s java with {@code args}, which must end with {@code exitCode}. */
    private static String stderr(Path jdk, int exitCode, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/java").toString()));
        command.addAll(List.of(args));
        Process java = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as("%s %s: %s", jdk, String.join(" ", args), err).isEqualTo(exitCode);
        return err;
    }

    /** This JDK and every other of version 17 or later in the folder that holds it (as /usr/lib/jvm). */
    static List<Path> jdks() throws IOException {
        Path current = Path.of(System.getProperty("java.home")).toRealPath();
        List<Path> jdks = new ArrayList<>(List.of(current));
        try (Stream<Path> beside = Files.list(current.getParent())) {
            beside.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")) && !Files.isSymbolicLink(jdk))
                    .filter(jdk -> feature(jdk) >= 17).filter(jdk -> !jdk.equals(current)).sorted()
                    .forEach(jdks::add);
        }
        return jdks;
    }

    private static int feature(Path jdk) {
        try {
            return Files.readAllLines(jdk.resolve("release")).stream().filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.replaceAll("[^0-9.]", "").split("\\.")[0]).mapToInt(Integer::parseInt)
                    .findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** The stdout lines of {@code jdk}'s java with {@code args}, {@code input} on its stdin; it must succeed. */
    private static List<String> run(Path jdk, String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(jdk.resolve("bin/java").toString()));
        command.addAll(List.of(args));
        Process java = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var stdin = java.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        List<String> lines = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as("%s %s", jdk, String.join(" ", args)).isZero();
        return lines;
    }
}
