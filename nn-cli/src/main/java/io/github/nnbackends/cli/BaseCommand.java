package io.github.nnbackends.cli;

import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command shares: its place under {@code nn} (and so the backend path), its output streams, backends
 * that name themselves when they fail, and running out of memory reported as one line.
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
            throw new NotEnoughMemory(training() == null ? null : training().sizes(), e);
        }
    }

    /** The backends built in and those of the backend path. */
    protected final Backends backends() {
        return nn.backendPath.discover();
    }

    /**
     * {@code provider}'s backend, loaded and guarded: whatever it throws later names it and the operation.
     *
     * @throws io.github.nnbackends.discovery.BackendUnavailableException if it cannot be loaded
     */
    protected static LinearAlgebra<?> create(BackendProvider provider) {
        return guarded(provider.name(), Backends.create(provider));
    }

    private static <M> LinearAlgebra<M> guarded(String name, LinearAlgebra<M> algebra) {
        return new GuardedAlgebra<>(name, algebra);
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
