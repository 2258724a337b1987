package io.github.nnbackends.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr (steps done, steps per second, time left) for a run whose lines go to a file while a
 * person watches the terminal: only when stderr is a terminal and stdout is not, so never in a pipe or a CI log.
 * It appears once the run has taken a second, so a short run shows none, and loads nothing until then.
 */
final class Progress implements AutoCloseable {

    /** A run shorter than this shows no bar. */
    static final long SHOW_AFTER_NANOS = 1_000_000_000L;

    private static final Progress NONE = new Progress(null, 0, System::nanoTime, null);

    private final String task;
    private final long steps;
    private final LongSupplier clock;
    private final PrintStream err;
    private final long start;
    private ProgressBar bar;
    private Thread closer;

    /**
     * A bar for {@code steps} steps of {@code task}, drawn on {@code err} once {@link #SHOW_AFTER_NANOS} have passed
     * by {@code clock} (nanoseconds, as {@link System#nanoTime()}); a null task shows nothing.
     */
    Progress(String task, long steps, LongSupplier clock, PrintStream err) {
        this.task = task;
        this.steps = steps;
        this.clock = clock;
        this.err = err;
        this.start = clock.getAsLong();
    }

    /** A bar for {@code steps} steps of {@code task}, if stderr is a terminal and stdout is not; else one that shows nothing. */
    static Progress of(String task, long steps) {
        return shows(Stdout.kind(2), Stdout.kind(1)) ? new Progress(task, steps, System::nanoTime,
                new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)) : NONE;
    }

    /** Whether a bar shows where stderr and stdout lead: stderr a terminal that a person watches, stdout not. */
    static boolean shows(Stdout.Kind stderr, Stdout.Kind stdout) {
        return stderr == Stdout.Kind.TERMINAL && stdout != Stdout.Kind.TERMINAL;
    }

    /** {@code done} steps are done. */
    void at(long done) {
        if (task == null) {
            return;
        }
        if (bar == null) {
            if (clock.getAsLong() - start < SHOW_AFTER_NANOS) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(steps).setUnit(" steps", 1).showSpeed()
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .setSpeedUnit(ChronoUnit.SECONDS).startsFrom(done, Duration.ofNanos(clock.getAsLong() - start))
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
            // Stopped by a signal, the bar still ends its line, so the shell's prompt starts on a line of its own.
            closer = new Thread(bar::close, "nn-progress");
            Runtime.getRuntime().addShutdownHook(closer);
        }
        bar.stepTo(done);
    }

    /** Ends the bar, if one shows, on a line of its own. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            try {
                Runtime.getRuntime().removeShutdownHook(closer);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway; closing twice does nothing
            }
        }
    }
}
