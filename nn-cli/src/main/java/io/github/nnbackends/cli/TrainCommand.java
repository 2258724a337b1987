package io.github.nnbackends.cli;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import io.github.nnbackends.train.Trainer;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nn train}: the tutorial's training on one backend, its losses on stdout exactly as the tutorial prints them. */
@Command(name = "train", header = "Train the tutorial's network on one backend: what 'nn' alone does.",
        description = {
    "Trains the tutorial's network on a backend and prints one 'step: i loss: L' line per step on stdout, as the "
            + "tutorial does. With the same seed, the losses are those of the tutorial run under numpy after "
            + "np.random.seed(SEED).",
    "A header line and the elapsed time go to stderr."})
final class TrainCommand extends TrainingCommand {

    @Mixin
    private BackendOption backend;

    @Override
    protected int run() {
        Backends backends = backends();
        BackendProvider provider = backend.choose(backends);
        try (LinearAlgebra<?> algebra = create(provider)) {
            Trainer<?> trainer = Trainer.start(algebra, training.data(), training.learningRate());
            // Concatenation, not printf: a Formatter's first use loads locale data, tens of milliseconds of start-up.
            err().println("nn: backend " + provider.name() + " (" + provider.library()
                    + provider.version().map(version -> " " + version).orElse("") + "), seed " + training.seed() + ", "
                    + training.sizes() + ", lr " + PythonFloat.repr(training.learningRate()) + ", steps "
                    + training.steps());
            PrintWriter out = out();
            long start = System.nanoTime();
            trainer.train(training.steps(), (step, loss) -> {
                out.append("step: ").append(Integer.toString(step)).append(" loss: ").append(PythonFloat.repr(loss));
                out.append('\n');
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            out.flush();
            err().println("nn: " + training.steps() + " steps in " + Words.fixed(seconds, 3) + " s ("
                    + Words.fixed(seconds * 1e6 / training.steps(), 1) + " us/step)");
        }
        return ExitCode.OK;
    }
}
