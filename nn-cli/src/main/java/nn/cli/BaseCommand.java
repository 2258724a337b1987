package nn.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nn.spi.Backends;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command shares: its place under {@code nn} (and so the backend path), its output streams, and
 * running out of memory reported as one line about the sizes it trains at.
 */
abstract class BaseCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private NnCommand nn;

    /** Does the command's work; returns its {@link ExitCode}. */
    protected abstract int run();

    /** The options of a command that trains; null for one that does not. */
    protected TrainingOptions training() {
        return null;
    }

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (OutOfMemoryError e) {
            if (training() == null) {
                throw e;
            }
            throw new NotEnoughMemory(training().sizes());
        }
    }

    /** The backends built in and those of the backend path. */
    protected final Backends backends() {
        return nn.backendPath.discover();
    }

    /** Where the product goes: the tutorial's lines, tables, JSON. */
    protected final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where everything else goes. */
    protected final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected final CommandSpec spec() {
        return spec;
    }
}
