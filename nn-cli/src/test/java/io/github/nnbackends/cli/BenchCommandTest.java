package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Sizes;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    private static final List<String> KEYS = List.of("backend", "samples", "inputs", "hidden", "outputs", "lr", "seed",
            "steps", "flops_per_step", "us_per_step", "us_per_step_min", "gflops", "alloc_bytes_per_step",
            "final_loss");

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @TempDir
    Path folder;

    @Test
    void printsOneJsonObjectPerBackendWithEveryKey() {
        CliRun run = CliRun.of("bench", "--all", "--json", "--steps", "4", "--warmup", "1", "--runs", "3",
                "--samples", "7", "--inputs", "5", "--hidden", "3", "--outputs", "2", "--seed", "42", "--lr", "1e-3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(4);
        for (String line : run.outLines()) {
            JsonObject fields = JsonParser.parseString(line).getAsJsonObject();
            assertThat(fields.keySet()).containsExactlyElementsOf(KEYS);
            assertThat(fields.get("samples").getAsInt()).isEqualTo(7);
            assertThat(fields.get("inputs").getAsInt()).isEqualTo(5);
            assertThat(fields.get("hidden").getAsInt()).isEqualTo(3);
            assertThat(fields.get("outputs").getAsInt()).isEqualTo(2);
            assertThat(fields.get("lr").getAsDouble()).isEqualTo(1e-3);
            assertThat(fields.get("seed").getAsLong()).isEqualTo(42);
            assertThat(fields.get("steps").getAsInt()).isEqualTo(4);
            long flops = new Sizes(7, 5, 3, 2).flopsPerStep();
            assertThat(fields.get("flops_per_step").getAsLong()).isEqualTo(flops);
            double median = fields.get("us_per_step").getAsDouble();
            assertThat(median).isPositive().isGreaterThanOrEqualTo(fields.get("us_per_step_min").getAsDouble());
            // GFLOP/s is the step's FLOPs over the median time: the two numbers must tell the same story.
            assertThat(fields.get("gflops").getAsDouble()).isCloseTo(flops / (median * 1e3),
                    Percentage.withPercentage(0.1));
            assertThat(fields.get("alloc_bytes_per_step").getAsLong()).isNotNegative();
        }
        assertThat(run.outLines()).extracting(line -> JsonParser.parseString(line).getAsJsonObject().get("backend")
                .getAsString()).containsExactly("commons", "ejml", "nd4j", "ojalgo");
    }

    @Test
    void reportsTheLossOfTheLastStepAsTrainingPrintsIt() {
        String training = CliRun.of("--backend", "commons", "--steps", "6", "--seed", "3").outLines().get(5);
        CliRun bench = CliRun.of("bench", "--backend", "commons", "--json", "--steps", "6", "--seed", "3",
                "--warmup", "1", "--runs", "1");
        String finalLoss = JsonParser.parseString(bench.out().strip()).getAsJsonObject().get("final_loss").toString();
        assertThat(training).endsWith(" loss: " + finalLoss);
    }

    @Test
    void takesTheLargeProblemByName() {
        CliRun run = CliRun.of("bench", "--backend", "ejml", "--json", "--size", "large", "--samples", "8",
                "--steps", "1", "--warmup", "1", "--runs", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonObject fields = JsonParser.parseString(run.out().strip()).getAsJsonObject();
        Sizes large = Preset.LARGE.sizes();
        assertThat(fields.get("samples").getAsInt()).as("given beside --size, so it wins").isEqualTo(8);
        assertThat(fields.get("inputs").getAsInt()).isEqualTo(large.inputs());
        assertThat(fields.get("hidden").getAsInt()).isEqualTo(large.hidden());
        assertThat(fields.get("outputs").getAsInt()).isEqualTo(large.outputs());
        assertThat(fields.get("lr").getAsDouble()).isEqualTo(Preset.LARGE.learningRate());
    }

    @Test
    void printsATableByDefault() {
        CliRun run = CliRun.of("bench", "--backend", "ejml", "--steps", "2", "--warmup", "1", "--runs", "1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).startsWith("BACKEND").contains("US/STEP", "GFLOP/S", "ALLOC B/STEP");
        assertThat(run.outLines().get(1)).startsWith("ejml ");
    }

    @Test
    void refusesBothOneBackendAndAll() {
        CliRun run = CliRun.of("bench", "--all", "--backend", "ejml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                "nn: --all and --backend exclude each other; give one (see 'nn bench --help')");
    }

    @Test
    void sizesTooLargeForMemoryAreRefusedBeforeAnyBackendIsTimed() {
        CliRun run = CliRun.of("bench", "--all", "--samples", "100000", "--inputs", "20000");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: not enough memory for samples 100000");
    }

    @Test
    void saysWhereATimedRunDiverged() {
        CliRun run = CliRun.of("bench", "--backend", "ejml", "--lr", "1", "--steps", "30", "--warmup", "0", "--runs",
                "1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("nn: on ejml the loss is inf at step ")
                .endsWith(": the training diverged at lr 1.0; try a smaller one, such as --lr 0.0001");
    }

    @Test
    void runsTheWarmupsAndTheTimedRunsOfEveryStep() throws IOException {
        Path log = folder.resolve("events.txt");
        Path counting = BrokenBackends.counting(folder, log);
        CliRun run = CliRun.of("bench", "--backend-path", counting.toString(), "--backend", "counting", "--steps", "3",
                "--warmup", "2", "--runs", "4");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> events = new ArrayList<>(List.of("create"));
        events.addAll(Collections.nCopies((2 + 4) * 3, "loss"));
        events.add("close");
        assertThat(EventLog.read(log)).containsExactlyElementsOf(events);
    }

    @Test
    void theTimesAndTheAllocationAreWithinWhatTheWholeRunTookAndAllocated() throws IOException {
        // counting writes a line to a file at every step, so every step allocates.
        Path counting = BrokenBackends.counting(folder, folder.resolve("events.txt"));
        int steps = 40;
        int runs = 3;
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        CliRun run = CliRun.of("bench", "--backend-path", counting.toString(), "--backend", "counting", "--json",
                "--steps", Integer.toString(steps), "--warmup", "0", "--runs", Integer.toString(runs));
        double elapsedMicros = (System.nanoTime() - start) / 1e3;
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonObject fields = JsonParser.parseString(run.out().strip()).getAsJsonObject();
        double least = fields.get("us_per_step_min").getAsDouble();
        double median = fields.get("us_per_step").getAsDouble();
        // Every run took the least time or longer, and two of the three the median or longer: all within the run.
        assertThat(least).isPositive().isLessThanOrEqualTo(median);
        assertThat(least * steps * runs).isLessThanOrEqualTo(elapsedMicros);
        assertThat(median * steps * 2).isLessThanOrEqualTo(elapsedMicros);
        // The allocation is the least run's, per step: every run allocated that much or more, on this thread.
        assertThat(fields.get("alloc_bytes_per_step").getAsLong() * steps * runs).isPositive()
                .isLessThanOrEqualTo(allocated);
    }

    @Test
    void saysWhenTheLossIsInfiniteFromTheFirstStep() throws IOException {
        Path log = folder.resolve("events.txt");
        Path infinite = BrokenBackends.drifting(folder, 0, 1e308);
        CliRun run = CliRun.to(EventLog.stream(log, "stdout"), EventLog.stream(log, "stderr"), "bench",
                "--backend-path", infinite.toString(), "--backend", "drifting", "--steps", "3", "--warmup", "0",
                "--runs", "1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("nn: on drifting the loss is inf at step 0: the training diverged at lr "
                + "0.0001; try a smaller one, such as --lr 1e-05" + System.lineSeparator());
        assertThat(EventLog.read(log)).as("the row, then the warning").containsExactly("stdout BACKEND",
                "stdout drifting", "stderr nn:");
    }

    @Test
    void allTimesEachBackendInTurnSayingAtOnceWhichFails() throws IOException {
        Path log = folder.resolve("events.txt");
        String path = BrokenBackends.jar(folder) + File.pathSeparator + BrokenBackends.counting(folder, log);
        CliRun run = CliRun.to(EventLog.stream(log, "stdout"), new ByteArrayOutputStream(), "bench",
                "--backend-path", path, "--all", "--steps", "2", "--warmup", "0", "--runs", "1");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactlyElementsOf(Stream.concat(BrokenBackends.JAR_UNUSABLE.stream(),
                Stream.of("nn: " + BrokenBackends.NONATIVE_UNAVAILABLE)).toList());
        // Each row is out as soon as its backend is timed and closed, before the next is made.
        assertThat(EventLog.read(log)).containsExactly("stdout BACKEND", "stdout commons", "create", "loss", "loss",
                "close", "stdout counting", "stdout ejml", "stdout nd4j", "stdout nonative", "stdout ojalgo");
    }

    @Test
    void theMedianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() {
        assertThat(Median.of(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(Median.of(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(Median.of(new double[] {7})).isEqualTo(7);
    }
}
