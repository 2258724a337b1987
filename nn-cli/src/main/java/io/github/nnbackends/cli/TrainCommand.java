package io.github.nnbackends.cli;

import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.train.Trainer;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nn train}: the tutorial's training on one backend, its losses on stdout exactly as the tutorial prints them. */
@Command(name = TrainCommand.NAME, header = "Train the tutorial's network on one backend: what 'nn' alone does.",
        description = {
            "Trains the tutorial's network on a backend and prints one 'step: i loss: L' line per step on stdout, as "
                    + "the tutorial does. With the same seed, the losses are those of the tutorial run under numpy "
                    + "after np.random.seed(SEED).",
            "A header line and the elapsed time go to stderr, and a warning when the loss stops being a number."})
final class TrainCommand extends TrainingCommand {

    static final String NAME = "train";

    // Made here, not by picocli, and not private: the plain training run sets their fields directly
    // (PlainOptionsSource).
    @Mixin
    final BackendOption backend = new BackendOption();

    @Mixin
    final LossFiles files = new LossFiles();

    @Option(names = "--fail-on-divergence",
            description = "Exit with 3 when the training diverges (a loss is inf or nan); its lines are printed all "
                    + "the same, as numpy prints them.")
    boolean failOnDivergence;

    @Override
    protected int run() {
        if (files.any()) {
            files.check();
            NotEnoughMemory.requireForLosses(training.sizes(), training.steps(), 1);
        }
        Opened opened = open(backend, backends());
        BackendProvider provider = opened.provider();
        try (LinearAlgebra<?> algebra = opened.algebra()) {
            Trainer<?> trainer = Trainer.start(algebra, training.data(), training.learningRate());
            // Concatenation, not printf: a Formatter's first use loads locale data, tens of milliseconds of start-up.
            String header = provider.name() + " (" + provider.library()
                    + provider.version().map(version -> " " + version).orElse("") + "), chosen by " + backend.rule()
                    + ", seed " + training.seed() + ", " + training.sizes() + ", lr "
                    + PythonFloat.repr(training.learningRate()) + ", steps " + training.steps();
            err().println("nn: backend " + header);
            PrintWriter out = out();
            int[] diverged = {-1};
            double[] losses = files.any() ? new double[training.steps()] : null;
            long start = System.nanoTime();
            StringBuilder line = new StringBuilder(64);
            try (Progress progress = Progress.of("training", training.steps())) {
                trainer.train(training.steps(), (step, loss) -> {
                    line.setLength(0);
                    out.write(line.append("step: ").append(step).append(" loss: ").append(PythonFloat.repr(loss))
                            .append('\n').toString());
                    if (diverged[0] < 0 && !Double.isFinite(loss)) {
                        diverged[0] = step;
                        out.flush(); // the lines before it go first, where stdout and stderr are one file
                        warnOfDivergence(provider.name(), step, loss);
                    }
                    if (losses != null) {
                        losses[step] = loss;
                    }
                    progress.at(step + 1L);
                });
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.flush();
            err().println("nn: " + training.steps() + " steps in " + Words.fixed(seconds, 3) + " s ("
                    + Words.fixed(seconds * 1e6 / training.steps(), 1) + " us/step)");
            if (losses != null) {
                files.write(new LossRun(provider.name(), provider.library(), provider.version().orElse(null), losses,
                        seconds * 1e6 / training.steps()), "nn: loss per step; backend " + header);
            }
            return diverged[0] >= 0 && failOnDivergence ? ExitCode.DIVERGED : ExitCode.OK;
        }
    }
}
