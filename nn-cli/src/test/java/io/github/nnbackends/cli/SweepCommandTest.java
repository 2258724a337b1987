package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nn bench --sweep}, run: what each size is timed at, the options it refuses, and a backend that fails. */
class SweepCommandTest {

    private static final List<String> QUICK = List.of("--warmup", "0", "--runs", "1");

    @TempDir
    Path folder;

    private CliRun sweep(String... args) {
        List<String> line = new ArrayList<>(List.of("bench", "--sweep"));
        line.addAll(List.of(args));
        line.addAll(QUICK);
        return CliRun.of(line.toArray(String[]::new));
    }

    /** The CSV's rows, each split into its columns, without the header. */
    private static List<String[]> rows(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).map(row -> row.split(",")).toList();
    }

    @Test
    void scalesTheLearningRateAndTheStepsWithTheProblemUnlessTold() throws IOException {
        Path csv = folder.resolve("sweep.csv");
        CliRun run = sweep("samples=100,400", "--csv", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // columns: backend, samples, inputs, hidden, outputs, lr, seed, steps, ...
        assertThat(rows(csv)).hasSize(8).allSatisfy(row -> {
            boolean tutorial = row[1].equals("100");
            assertThat(row[5]).isEqualTo(tutorial ? "0.0001" : "2.5e-05");
            assertThat(row[7]).isEqualTo(tutorial ? "2000" : "502");
        });
    }

    @Test
    void takesTheStepsAndTheLearningRateGivenAtEverySize() throws IOException {
        Path csv = folder.resolve("sweep.csv");
        CliRun run = sweep("samples=100,400", "--steps", "3", "--lr", "0.5", "--csv", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(rows(csv)).hasSize(8).allSatisfy(row -> {
            assertThat(row[5]).isEqualTo("0.5");
            assertThat(row[7]).isEqualTo("3");
        });
    }

    @Test
    void refusesWhatASweepCannotMean() {
        String svg = folder.resolve("same.svg").toString();
        Map<List<String>, String> refusals = new LinkedHashMap<>();
        refusals.put(List.of("bench", "--csv", svg), "nn: --csv writes a sweep's numbers: give --sweep too");
        refusals.put(List.of("bench", "--plot", svg), "nn: --plot writes a sweep's numbers: give --sweep too");
        refusals.put(List.of("bench", "--sweep", "samples=1,2", "--backend", "ejml"),
                "nn: --sweep times every usable backend; --backend excludes it");
        refusals.put(List.of("bench", "--sweep", "samples=1,2", "--samples", "5"),
                "nn: --samples and --sweep samples=... both set the samples; give one");
        refusals.put(List.of("bench", "--sweep", "scale=1,2", "--csv", svg, "--plot", svg),
                "nn: --csv and --plot name the same file; give two");
        refusals.forEach((line, message) -> {
            CliRun run = CliRun.of(line.toArray(String[]::new));
            assertThat(run.exitCode()).as(line.toString()).isEqualTo(2);
            assertThat(run.out()).as(line.toString()).isEmpty();
            assertThat(run.errLines()).as(line.toString()).singleElement().asString().startsWith(message);
        });
    }

    @Test
    void sizesTooLargeForMemoryAreRefusedBeforeAnyIsTimed() {
        CliRun run = sweep("samples=8,100000", "--inputs", "20000");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: not enough memory for samples 100000");
    }

    @Test
    void backendsThatCannotStartOrTrainAreRowsNeverTheFastestAndEveryOtherIsTimedAndClosed() throws IOException {
        Path log = folder.resolve("events.txt");
        String path = String.join(File.pathSeparator, BrokenBackends.jar(folder).toString(),
                BrokenBackends.lazy(folder).toString(), BrokenBackends.counting(folder, log).toString());
        CliRun run = CliRun.to(EventLog.stream(log, "stdout"), EventLog.stream(log, "stderr"), "bench",
                "--backend-path", path, "--sweep", "samples=8,16", "--steps", "2", "--warmup", "0", "--runs", "1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).contains("nonative failed: " + BrokenBackends.NONATIVE_UNAVAILABLE);
        assertThat(run.outLines()).last().asString().startsWith("fastest by samples: ").doesNotContain("lazy");
        assertThat(run.errLines()).hasSize(3).startsWith(BrokenBackends.JAR_UNUSABLE.toArray(String[]::new));
        assertThat(run.errLines().get(2)).startsWith("nn: " + BrokenBackends.NONATIVE_UNAVAILABLE
                + "; backend 'lazy' failed in ");
        List<String> events = EventLog.read(log);
        // counting is made once, trained at both sizes, each row out as soon as it is timed, and closed at the end,
        // before the answer, which is out before the failures are summed up.
        assertThat(events).containsSubsequence("stderr nn:", "stderr nn:", "create", "stdout nonative",
                "stdout commons", "loss", "loss", "stdout counting", "stdout ejml", "stdout commons",
                "loss", "loss", "stdout counting");
        assertThat(events.subList(events.size() - 3, events.size())).containsExactly("close", "stdout fastest",
                "stderr nn:");
        assertThat(events).filteredOn("create"::equals).hasSize(1);
    }

    @Test
    void aBackendThatFailsIsARowAndExitOneWhileTheOthersAreTimed() throws IOException {
        Path lazy = BrokenBackends.lazy(folder);
        CliRun run = CliRun.of("bench", "--backend-path", lazy.toString(), "--sweep", "samples=8,16", "--steps", "2",
                "--warmup", "0", "--runs", "1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("lazy ")).singleElement().asString()
                .contains("failed: backend 'lazy' failed in ");
        // The four built in, at both sizes.
        assertThat(run.outLines()).filteredOn(line -> line.matches("(commons|ejml|nd4j|ojalgo) +(8|16) .*"))
                .hasSize(8);
        assertThat(run.errLines()).last().asString().startsWith("nn: backend 'lazy' failed in ");
    }
}
