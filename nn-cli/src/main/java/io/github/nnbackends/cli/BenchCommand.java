package io.github.nnbackends.cli;

import io.github.nnbackends.discovery.BackendUnavailableException;
import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.train.TutorialData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code nn bench}: µs per training step, GFLOP/s and allocation, per backend, measured in this JVM. */
@Command(name = "bench", header = "Time the training step per backend: microseconds, GFLOP/s, allocation.",
        description = "Times the training step on one backend or all: warm-up runs, then timed runs of --steps steps "
                + "each from the same start. Reports the median and least microseconds per step, GFLOP/s (of the "
                + "step's floating-point operations, at the median), heap bytes allocated per step, and the final loss.")
final class BenchCommand extends TrainingCommand {

    @Mixin
    private BackendOption backend;

    @Option(names = "--all", description = "Time every usable backend.")
    private boolean all;

    @Option(names = "--json", description = "One JSON object per backend per line, instead of a table.")
    private boolean json;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", converter = Converters.Count.class,
            description = "Untimed runs first, for the JIT. Default: ${DEFAULT-VALUE}.")
    private int warmups;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", converter = Converters.PositiveInt.class,
            description = "Timed runs. Default: ${DEFAULT-VALUE}.")
    private int runs;

    @Override
    protected int run() {
        if (all && backend.isGiven()) {
            throw new ParameterException(spec().commandLine(), "--all and --backend exclude each other; give one");
        }
        Backends backends = backends();
        if (!all) {
            Opened opened = open(backend, backends);
            try (LinearAlgebra<?> algebra = opened.algebra()) {
                printHeader();
                print(time(opened.provider(), algebra, training.data()));
            }
            return ExitCode.OK;
        }
        warnOfUnusableOnThePath(backends, List.of());
        List<BackendProvider> chosen = backends.providers();
        chosen.forEach(provider -> NotEnoughMemory.require(training.sizes(), provider));
        TutorialData data = training.data();
        printHeader();
        List<String> failures = new ArrayList<>();
        for (BackendProvider provider : chosen) {
            try (LinearAlgebra<?> algebra = create(provider)) {
                print(time(provider, algebra, data));
            } catch (BackendUnavailableException | BackendFailure | NotEnoughMemory e) {
                failures.add(e.getMessage());
                out().println(json ? new JsonLine().put("backend", provider.name()).put("error", e.getMessage())
                        : String.format(Locale.ROOT, "%-8s failed: %s", provider.name(), e.getMessage()));
            }
            out().flush();
        }
        if (failures.isEmpty()) {
            return ExitCode.OK;
        }
        err().println("nn: " + String.join("; ", failures));
        return ExitCode.FAILED;
    }

    private StepBenchmark.Result time(BackendProvider provider, LinearAlgebra<?> algebra, TutorialData data) {
        return StepBenchmark.run(provider.name(), algebra, data, training.learningRate(), training.steps(), warmups,
                runs);
    }

    private void printHeader() {
        if (!json) {
            out().println(String.format(Locale.ROOT, "%-8s %7s %6s %6s %7s %6s %12s %12s %8s %12s  %s", "BACKEND",
                    "SAMPLES", "INPUTS", "HIDDEN", "OUTPUTS", "STEPS", "US/STEP", "US/STEP MIN", "GFLOP/S",
                    "ALLOC B/STEP", "FINAL LOSS"));
        }
    }

    private void print(StepBenchmark.Result result) {
        out().println(json ? json(result) : row(result));
        if (result.divergedAt() >= 0) {
            out().flush();
            warnOfDivergence(result.backend(), result.divergedAt(), result.divergedLoss());
        }
    }

    private static String row(StepBenchmark.Result r) {
        return String.format(Locale.ROOT, "%-8s %7d %6d %6d %7d %6d %12.2f %12.2f %8.3f %12d  %s", r.backend(),
                r.sizes().samples(), r.sizes().inputs(), r.sizes().hidden(), r.sizes().outputs(), r.steps(),
                r.microsPerStep(), r.minMicrosPerStep(), r.gflops(), r.allocatedBytesPerStep(),
                PythonFloat.repr(r.finalLoss()));
    }

    private String json(StepBenchmark.Result r) {
        return new JsonLine().put("backend", r.backend()).put("samples", r.sizes().samples())
                .put("inputs", r.sizes().inputs()).put("hidden", r.sizes().hidden())
                .put("outputs", r.sizes().outputs()).put("lr", training.learningRate()).put("seed", training.seed())
                .put("steps", r.steps()).put("flops_per_step", r.sizes().flopsPerStep())
                .put("us_per_step", r.microsPerStep()).put("us_per_step_min", r.minMicrosPerStep())
                .put("gflops", r.gflops()).put("alloc_bytes_per_step", r.allocatedBytesPerStep())
                .put("final_loss", r.finalLoss()).toString();
    }
}
