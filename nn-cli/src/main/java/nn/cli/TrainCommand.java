package nn.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nn.spi.BackendException;
import nn.spi.BackendProvider;
import nn.spi.Backends;
import nn.spi.LinearAlgebra;
import nn.train.Sizes;
import nn.train.Trainer;
import nn.train.TutorialData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nn}: the tutorial's training on one backend, its losses on stdout exactly as the tutorial prints them. */
@Command(name = "nn", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = BackendsCommand.class, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Trains the numpy tutorial's network y = w2·relu(w1·x + b1) + b2 on a linear-algebra backend and prints "
                    + "one 'step: i loss: L' line per step on stdout, as the tutorial does. With the same seed, the "
                    + "losses are those of the tutorial run under numpy after np.random.seed(SEED).",
            "A header line and the elapsed time go to stderr."},
        footer = {"", "Exit codes: 0 done, 2 bad input or unavailable backend."})
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--backend", paramLabel = "NAME",
            description = "The backend to train on: see 'nn backends'. Default: the available backend with the "
                    + "highest priority (ejml).")
    private String backend;

    @Mixin
    private BackendPath backendPath;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", converter = Converters.Seed.class,
            description = "numpy's seed for the data and the starting parameters, 0 to 2^32-1. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "2000", converter = Converters.PositiveInt.class,
            description = "Steps of gradient descent. Default: ${DEFAULT-VALUE}.")
    private int steps;

    @Option(names = "--lr", paramLabel = "RATE", defaultValue = "1e-4", converter = Converters.LearningRate.class,
            description = "Learning rate. Default: ${DEFAULT-VALUE}.")
    private double learningRate;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "100", converter = Converters.PositiveInt.class,
            description = "Training samples (n). Default: ${DEFAULT-VALUE}.")
    private int samples;

    @Option(names = "--inputs", paramLabel = "N", defaultValue = "27", converter = Converters.PositiveInt.class,
            description = "Inputs per sample (x_len). Default: ${DEFAULT-VALUE}.")
    private int inputs;

    @Option(names = "--hidden", paramLabel = "N", defaultValue = "9", converter = Converters.PositiveInt.class,
            description = "Hidden units (h_len). Default: ${DEFAULT-VALUE}.")
    private int hidden;

    @Option(names = "--outputs", paramLabel = "N", defaultValue = "3", converter = Converters.PositiveInt.class,
            description = "Outputs per sample (y_len). Default: ${DEFAULT-VALUE}.")
    private int outputs;

    @Override
    public Integer call() {
        Sizes sizes = sizes();
        Backends backends = backendPath.discover();
        BackendProvider provider = backend == null ? backends.preferred() : backends.provider(backend);
        LinearAlgebra<?> algebra = Backends.create(provider);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("nn: backend %s (%s %s), seed %d, %s, lr %s, steps %d%n", provider.name(), provider.library(),
                provider.version(), seed, sizes, PythonFloat.repr(learningRate), steps);
        try {
            long start = System.nanoTime();
            train(algebra, TutorialData.fromSeed(seed, sizes));
            double seconds = (System.nanoTime() - start) / 1e9;
            spec.commandLine().getOut().flush();
            err.printf("nn: %d steps in %.3f s (%.1f us/step)%n", steps, seconds, seconds * 1e6 / steps);
        } catch (OutOfMemoryError e) {
            throw new BackendException("not enough memory for " + sizes + ": use smaller sizes, or give Java more "
                    + "memory with JAVA_OPTS=-Xmx...");
        }
        return 0;
    }

    private <M> void train(LinearAlgebra<M> algebra, TutorialData data) {
        PrintWriter out = spec.commandLine().getOut();
        Trainer.start(algebra, data, learningRate).train(steps, (step, loss) -> {
            out.append("step: ").append(Integer.toString(step)).append(" loss: ").append(PythonFloat.repr(loss));
            out.append('\n');
        });
    }

    BackendPath backendPath() {
        return backendPath;
    }

    private Sizes sizes() {
        try {
            return new Sizes(samples, inputs, hidden, outputs);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
