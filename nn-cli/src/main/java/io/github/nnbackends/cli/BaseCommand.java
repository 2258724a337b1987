package io.github.nnbackends.cli;

import io.github.nnbackends.discovery.BackendUnavailableException;
import io.github.nnbackends.discovery.Backends;
import io.github.nnbackends.discovery.FoundBackend;
import io.github.nnbackends.discovery.Unavailable;
import io.github.nnbackends.spi.BackendProvider;
import io.github.nnbackends.spi.LinearAlgebra;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
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

    /** stdout and stderr when run without picocli ({@link #callAlone}); null when picocli runs the command. */
    private PrintWriter out;
    private PrintWriter err;

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
     * Before training: one line on stderr for each backend of the backend path that cannot be used, and why, as
     * {@code nn backends} would say it; but for those the command names, whose own error says it.
     */
    protected final void warnOfUnusableOnThePath(Backends backends, Collection<String> named) {
        nn.backendPath.unusableOnThePath(backends).stream().filter(unusable -> !named.contains(unusable.name()))
                .map(unusable -> "nn: on the backend path: " + unusable.name() + " is unavailable: "
                        + unusable.unavailable().map(Unavailable::reason).orElse(""))
                .distinct().forEach(err()::println);
    }

    /** A backend to run, created: its provider and its algebra, which the caller closes. */
    protected record Opened(BackendProvider provider, LinearAlgebra<?> algebra) {
    }

    /**
     * The backend {@code backend} names (by --backend, else by NN_BACKEND), created; without a name, the usable
     * backends by priority until one starts. A default that fails to start, or a name claimed twice that would have
     * run, is one line on stderr.
     *
     * @throws io.github.nnbackends.discovery.BackendUnavailableException if the backend --backend names cannot be
     *     used, or none
     * @throws BadInput if the backend NN_BACKEND names cannot be used
     */
    protected final Opened open(BackendOption backend, Backends backends) {
        warnOfUnusableOnThePath(backends, backend.name().map(List::of).orElse(List.of()));
        if (backend.name().isPresent()) {
            BackendProvider provider = named(backends, backend.name().get(), !backend.isGiven());
            return new Opened(provider, create(provider));
        }
        return openDefault(backends, (failed, why, next) -> err().println("nn: " + why.getMessage() + "; running '"
                + next.name() + "', the next by priority"));
    }

    /**
     * The provider {@code name} names; {@code byVariable} when NN_BACKEND named it, which a failure then says, since
     * the command line does not show it.
     */
    protected static BackendProvider named(Backends backends, String name, boolean byVariable) {
        try {
            return backends.provider(name);
        } catch (BackendUnavailableException e) {
            if (!byVariable) {
                throw e;
            }
            throw new BadInput(BackendOption.VARIABLE + "=" + name + " chooses the backend, but " + e.getMessage()
                    + "; unset " + BackendOption.VARIABLE + ", or give --backend");
        }
    }

    /** A default backend that failed to start, why, and the backend tried next. */
    protected interface FailedToStart {
        void accept(BackendProvider failed, BackendUnavailableException why, BackendProvider next);
    }

    /**
     * The usable backends by priority, created until one starts; each that fails to start is told to
     * {@code failedToStart}, but the last.
     *
     * @throws io.github.nnbackends.discovery.BackendUnavailableException if there is none, or none starts
     */
    protected final Opened openDefault(Backends backends, FailedToStart failedToStart) {
        List<BackendProvider> ranked = backends.byPriority();
        if (ranked.isEmpty()) {
            backends.preferred();
        }
        warnOfAmbiguousNamesAbove(backends, ranked.get(0));
        for (int i = 0; ; i++) {
            BackendProvider provider = ranked.get(i);
            try {
                return new Opened(provider, create(provider));
            } catch (BackendUnavailableException e) {
                if (i + 1 == ranked.size()) {
                    throw e;
                }
                failedToStart.accept(provider, e, ranked.get(i + 1));
            }
        }
    }

    /** One line for each name claimed twice whose backends would have run before {@code first}. */
    private void warnOfAmbiguousNamesAbove(Backends backends, BackendProvider first) {
        backends.all().stream()
                .filter(b -> b.unavailable().map(u -> u.kind() == Unavailable.Kind.AMBIGUOUS).orElse(false))
                .filter(b -> b.provider().map(p -> p.priority() >= first.priority()).orElse(false))
                .map(FoundBackend::name).distinct()
                .forEach(name -> err().println("nn: running '" + first.name() + "': '" + name + "' would run, but two "
                        + "backends claim that name (see 'nn backends')"));
    }

    /**
     * {@code provider}'s backend, loaded and guarded: whatever it throws later names it and the operation. For a
     * command that trains, the memory its sizes need on this backend is checked first, before anything is made.
     *
     * @throws io.github.nnbackends.discovery.BackendUnavailableException if it cannot be loaded
     * @throws NotEnoughMemory if the sizes cannot fit
     */
    protected final LinearAlgebra<?> create(BackendProvider provider) {
        if (training() != null) {
            NotEnoughMemory.require(training().sizes(), provider);
        }
        return guarded(provider.name(), Backends.create(provider));
    }

    private static <M> LinearAlgebra<M> guarded(String name, LinearAlgebra<M> algebra) {
        return new GuardedAlgebra<>(name, algebra);
    }

    /**
     * Runs the command as parsed without picocli ({@link PlainTraining}): on {@code out} and {@code err}, with no
     * backend path.
     */
    final int callAlone(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
        nn = new NnCommand();
        nn.backendPath = new BackendPath();
        return call();
    }

    /** Where the product goes: the tutorial's lines, tables, JSON. */
    protected final PrintWriter out() {
        return out != null ? out : spec.commandLine().getOut();
    }

    /** Where everything else goes. */
    protected final PrintWriter err() {
        return err != null ? err : spec.commandLine().getErr();
    }

    protected final CommandSpec spec() {
        return spec;
    }
}
