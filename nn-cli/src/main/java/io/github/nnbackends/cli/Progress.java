package io.github.nnbackends.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
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

    private static final Progress NONE = new Progress(null, 0);

    private final String task;
    private final long steps;
    private final long start = System.nanoTime();
    private ProgressBar bar;
    private Thread closer;

    private Progress(String task, long steps) {
        this.task = task;
        this.steps = steps;
    }

    /** A bar for {@code steps} steps of {@code task}, if stderr is a terminal and stdout is not; else one that shows nothing. */
    static Progress of(String task, long steps) {
        return Stdout.kind(2) == Stdout.Kind.TERMINAL && Stdout.kind(1) != Stdout.Kind.TERMINAL
                ? new Progress(task, steps) : NONE;
    }

    /** {@code done} steps are done. */
    void at(long done) {
        if (task == null) {
            return;
        }
        if (bar == null) {
            if (System.nanoTime() - start < SHOW_AFTER_NANOS) {
                return;
            }
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(steps).setUnit(" steps", 1).showSpeed()
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .setSpeedUnit(ChronoUnit.SECONDS).startsFrom(done, Duration.ofNanos(System.nanoTime() - start))
                    .setConsumer(new ConsoleProgressBarConsumer(
                            new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8)))
                    .build();
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
