package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.nnbackends.tck.NumpyFixture;
import io.github.nnbackends.train.Agreement;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Use nn from Java", compiled and run as a user would: its file, against the packaged jars only
 * (target/lib: nn-api, the backends, their libraries), in a JVM of its own.
 */
class UseFromJavaIT {

    private static final Path SOURCE = Path.of("..", "examples", "nn-library", "src", "main", "java", "org",
            "example", "train", "TrainOnEjml.java");

    @Test
    void theReadmesSnippetTrainsToNumpysLosses(@TempDir Path classes) throws IOException, InterruptedException {
        String lib;
        try (Stream<Path> jars = Files.list(Path.of("target", "lib"))) {
            lib = jars.map(Path::toString).sorted().collect(Collectors.joining(File.pathSeparator));
        }
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                "-classpath", lib, SOURCE.toString());
        assertThat(compiled).as("javac of %s against target/lib", SOURCE).isZero();
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes + File.pathSeparator + lib, "org.example.train.TrainOnEjml").redirectErrorStream(true)
                .start();
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(java.exitValue()).as(output).isZero();
        Matcher losses = Pattern.compile("first loss (\\S+), last loss (\\S+)").matcher(output);
        assertThat(losses.matches()).as(output).isTrue();
        double[] numpy = NumpyFixture.all().stream().filter(f -> f.name().startsWith("seed0_n100_")).findFirst()
                .orElseThrow().losses();
        assertThat(Agreement.relativeDifference(Double.parseDouble(losses.group(1)), numpy[0]))
                .as("first loss %s against numpy's %s", losses.group(1), numpy[0])
                .isLessThanOrEqualTo(Agreement.TOLERANCE);
        assertThat(Agreement.relativeDifference(Double.parseDouble(losses.group(2)), numpy[numpy.length - 1]))
                .as("last loss %s against numpy's %s", losses.group(2), numpy[numpy.length - 1])
                .isLessThanOrEqualTo(Agreement.TOLERANCE);
    }
}
