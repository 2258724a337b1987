package nn.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nn.spi.BackendException;
import nn.spi.BackendProvider;
import nn.spi.Backends;
import nn.train.TutorialData;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nn bench}: µs per training step, GFLOP/s and allocation, per backend, measured in this JVM. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Times the training step on one backend or all: warm-up runs, then timed runs of --steps steps "
                + "each from the same start. Reports the median and least microseconds per step, GFLOP/s (of the "
                + "step's floating-point operations, at the median), heap bytes allocated per step, and the final loss.")
final class BenchCommand implements Callable<Integer> {

    static final class Which {
        @Option(names = "--backend", paramLabel = "NAME", description = "The backend to time. Default: the default backend.")
        String backend;

        @Option(names = "--all", description = "Time every available backend.")
        boolean all;
    }

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private TrainCommand parent;

    @ArgGroup(exclusive = true)
    private Which which = new Which();

    @Option(names = "--json", description = "One JSON object per backend per line, instead of a table.")
    private boolean json;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3", converter = Converters.PositiveInt.class,
            description = "Untimed runs first, for the JIT. Default: ${DEFAULT-VALUE}.")
    private int warmups;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", converter = Converters.PositiveInt.class,
            description = "Timed runs. Default: ${DEFAULT-VALUE}.")
    private int runs;

    @Mixin
    private BackendPath backendPath;

    @Mixin
    private TrainingOptions training;

    @Override
    public Integer call() {
        Backends backends = parent == null ? backendPath.discover() : parent.backendsFor("bench", backendPath);
        TutorialData data;
        try {
            data = training.data();
        } catch (OutOfMemoryError e) {
            throw TrainCommand.notEnoughMemory(training.sizes());
        }
        List<BackendProvider> chosen = which.all ? backends.providers()
                : List.of(which.backend == null ? backends.preferred() : backends.provider(which.backend));
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.println(String.format(Locale.ROOT, "%-8s %7s %6s %6s %7s %6s %12s %12s %8s %12s  %s", "BACKEND",
                    "SAMPLES", "INPUTS", "HIDDEN", "OUTPUTS", "STEPS", "US/STEP", "US/STEP MIN", "GFLOP/S",
                    "ALLOC B/STEP", "FINAL LOSS"));
        }
        for (BackendProvider provider : chosen) {
            StepBenchmark.Result result;
            try {
                result = StepBenchmark.run(provider.name(), Backends.create(provider), data, training.learningRate,
                        training.steps, warmups, runs);
            } catch (BackendException e) {
                if (!which.all) {
                    throw e;
                }
                spec.commandLine().getErr().println("nn: skipped: " + e.getMessage());
                continue;
            } catch (OutOfMemoryError e) {
                throw TrainCommand.notEnoughMemory(data.sizes());
            }
            out.println(json ? json(result) : row(result));
            out.flush();
        }
        return 0;
    }

    private static String row(StepBenchmark.Result r) {
        return String.format(Locale.ROOT, "%-8s %7d %6d %6d %7d %6d %12.2f %12.2f %8.3f %12d  %s", r.backend(),
                r.sizes().samples(), r.sizes().inputs(), r.sizes().hidden(), r.sizes().outputs(), r.steps(),
                r.microsPerStep(), r.minMicrosPerStep(), r.gflops(), r.allocatedBytesPerStep(),
                PythonFloat.repr(r.finalLoss()));
    }

    private static String json(StepBenchmark.Result r) {
        return "{\"backend\": \"" + r.backend() + "\", \"samples\": " + r.sizes().samples() + ", \"inputs\": "
                + r.sizes().inputs() + ", \"hidden\": " + r.sizes().hidden() + ", \"outputs\": "
                + r.sizes().outputs() + ", \"steps\": " + r.steps() + ", \"us_per_step\": "
                + number(r.microsPerStep()) + ", \"us_per_step_min\": " + number(r.minMicrosPerStep())
                + ", \"gflops\": " + number(r.gflops()) + ", \"alloc_bytes_per_step\": " + r.allocatedBytesPerStep()
                + ", \"final_loss\": " + number(r.finalLoss()) + "}";
    }

    /** A JSON number; JSON has none for NaN and the infinities, which a diverging run can end with. */
    private static String number(double value) {
        return Double.isFinite(value) ? PythonFloat.repr(value) : "null";
    }
}
