package nn.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.concurrent.Callable;
import nn.spi.BackendException;
import nn.spi.BackendProvider;
import nn.spi.Backends;
import nn.spi.LinearAlgebra;
import nn.train.Sizes;
import nn.train.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nn}: the tutorial's training on one backend, its losses on stdout exactly as the tutorial prints them. */
@Command(name = "nn", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {BackendsCommand.class, BenchCommand.class}, sortOptions = false, usageHelpAutoWidth = true,
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

    @Mixin
    private TrainingOptions training;

    @Override
    public Integer call() {
        Sizes sizes = training.sizes();
        Backends backends = backendPath.discover();
        BackendProvider provider = backend == null ? backends.preferred() : backends.provider(backend);
        LinearAlgebra<?> algebra = Backends.create(provider);
        Trainer<?> trainer;
        try {
            trainer = Trainer.start(algebra, training.data(), training.learningRate);
        } catch (OutOfMemoryError e) {
            throw notEnoughMemory(sizes);
        }
        PrintWriter err = spec.commandLine().getErr();
        // Concatenation, not printf: a Formatter's first use loads locale data, tens of milliseconds of start-up.
        err.println("nn: backend " + provider.name() + " (" + provider.library() + " " + provider.version()
                + "), seed " + training.seed + ", " + sizes + ", lr " + PythonFloat.repr(training.learningRate)
                + ", steps " + training.steps);
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        trainer.train(training.steps, (step, loss) -> {
            out.append("step: ").append(Integer.toString(step)).append(" loss: ").append(PythonFloat.repr(loss));
            out.append('\n');
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        out.flush();
        err.println("nn: " + training.steps + " steps in " + fixed(seconds, 3) + " s ("
                + fixed(seconds * 1e6 / training.steps, 1) + " us/step)");
        return 0;
    }

    /**
     * Options given before a subcommand belong to training and would be silently ignored by it: refuse them.
     *
     * @throws ParameterException naming them, unless there are none but --backend-path, which subcommands share
     */
    private void refuseTrainingOptionsBefore(String subcommand) {
        List<String> given = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(OptionSpec::longestName).filter(name -> !name.equals("--backend-path")).toList();
        if (!given.isEmpty()) {
            throw new ParameterException(spec.commandLine(), String.join(", ", given) + " before '" + subcommand
                    + "' would be ignored; give " + (given.size() == 1 ? "it" : "them") + " after '" + subcommand
                    + "'");
        }
    }

    private static String fixed(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    static BackendException notEnoughMemory(Sizes sizes) {
        return new BackendException("not enough memory for " + sizes + ": use smaller sizes, or give Java more "
                + "memory with JAVA_OPTS=-Xmx...");
    }

    /**
     * The backends a subcommand sees: refuses training options given before it, and takes this command's
     * --backend-path unless the subcommand was given its own.
     */
    Backends backendsFor(String subcommand, BackendPath own) {
        refuseTrainingOptionsBefore(subcommand);
        return own.orElse(backendPath).discover();
    }
}
