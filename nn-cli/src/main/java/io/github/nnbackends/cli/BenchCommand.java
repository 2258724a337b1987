package io.github.nnbackends.cli;

import io.github.nnbackends.cli.chart.Charts;
import io.github.nnbackends.discovery.BackendUnavailableException;
import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.train.TutorialData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    @Option(names = "--sweep", paramLabel = "WHAT=N,N,...", converter = Sweep.Converter.class,
            description = "Time every usable backend over a series of sizes: one of samples, inputs, hidden or "
                    + "outputs (samples=100,400,1600,6400), or all four times a factor (scale=1,2,4,8). Prints a row "
                    + "per backend and size, then the fastest backend per range of sizes and where one overtakes "
                    + "another. Unless --steps and --lr say, each timed run takes about the arithmetic of the tutorial's "
                    + "steps (at least " + Sweep.FEWEST_STEPS + "), at a learning rate scaled down as the problem "
                    + "grows, so that it does not diverge.")
    private Sweep sweep;

    @Option(names = "--csv", paramLabel = "FILE", description = "With --sweep: also write its rows into FILE, as CSV.")
    private String csv;

    @Option(names = "--plot", paramLabel = "FILE",
            description = "With --sweep: draw microseconds per step against size per backend (log-log) into FILE, "
                    + "a .png or .svg.")
    private String plot;

    @Override
    protected int run() {
        if (all && backend.isGiven()) {
            throw new ParameterException(spec().commandLine(), "--all and --backend exclude each other; give one");
        }
        if (sweep == null && (csv != null || plot != null)) {
            throw new ParameterException(spec().commandLine(), (csv != null ? "--csv" : "--plot")
                    + " writes a sweep's numbers: give --sweep too");
        }
        if (sweep != null) {
            if (backend.isGiven()) {
                throw new ParameterException(spec().commandLine(), "--sweep times every usable backend; "
                        + "--backend excludes it");
            }
            if (sweep.option() != null && training.isGiven(sweep.option())) {
                throw new ParameterException(spec().commandLine(), sweep.option() + " and --sweep " + sweep.dimension()
                        + "=... both set the " + sweep.dimension() + "; give one");
            }
            return new SweepBench(this, sweep, OutputFile.ofNullable("--csv", csv, List.of()),
                    OutputFile.ofNullable("--plot", plot, Charts.FORMATS)).run(backends());
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
                printFailure(provider.name(), e.getMessage());
            }
            out().flush();
        }
        return failed(failures);
    }

    /** The exit code after {@code failures}, each told on stdout already: OK for none, else one line on stderr. */
    int failed(List<String> failures) {
        if (failures.isEmpty()) {
            return ExitCode.OK;
        }
        err().println("nn: " + String.join("; ", failures));
        return ExitCode.FAILED;
    }

    /** A backend that failed, on stdout in the table or the JSON. */
    void printFailure(String backend, String why) {
        out().println(json ? new JsonLine().put("backend", backend).put("error", why)
                : String.format(Locale.ROOT, "%-8s failed: %s", backend, why));
    }

    private StepBenchmark.Result time(BackendProvider provider, LinearAlgebra<?> algebra, TutorialData data) {
        return time(provider, algebra, data, training.learningRate(), training.steps());
    }

    StepBenchmark.Result time(BackendProvider provider, LinearAlgebra<?> algebra, TutorialData data,
            double learningRate, int steps) {
        return StepBenchmark.run(provider.name(), algebra, data, learningRate, steps, warmups, runs);
    }

    void printHeader() {
        if (!json) {
            out().println(String.format(Locale.ROOT, "%-8s %7s %6s %6s %7s %6s %12s %12s %8s %12s  %s", "BACKEND",
                    "SAMPLES", "INPUTS", "HIDDEN", "OUTPUTS", "STEPS", "US/STEP", "US/STEP MIN", "GFLOP/S",
                    "ALLOC B/STEP", "FINAL LOSS"));
        }
    }

    void print(StepBenchmark.Result result) {
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

    String json(StepBenchmark.Result r) {
        return new JsonLine().putAll(fields(r)).toString();
    }

    /** A result's numbers by name, in order: the keys of its JSON, and the columns of a sweep's CSV. */
    Map<String, Object> fields(StepBenchmark.Result r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("backend", r.backend());
        fields.put("samples", r.sizes().samples());
        fields.put("inputs", r.sizes().inputs());
        fields.put("hidden", r.sizes().hidden());
        fields.put("outputs", r.sizes().outputs());
        fields.put("lr", r.learningRate());
        fields.put("seed", training.seed());
        fields.put("steps", r.steps());
        fields.put("flops_per_step", r.sizes().flopsPerStep());
        fields.put("us_per_step", r.microsPerStep());
        fields.put("us_per_step_min", r.minMicrosPerStep());
        fields.put("gflops", r.gflops());
        fields.put("alloc_bytes_per_step", r.allocatedBytesPerStep());
        fields.put("final_loss", r.finalLoss());
        return fields;
    }

    boolean json() {
        return json;
    }
}
