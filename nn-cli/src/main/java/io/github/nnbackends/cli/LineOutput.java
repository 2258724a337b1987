package io.github.nnbackends.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * stdout as nn writes it: whole lines only, gathered for speed, and pushed out as soon as that matters: when
 * {@link #PUSH_AFTER_NANOS} have passed since the last push (a slow step's line is not held back), at every line when
 * stdout is a terminal, and when {@link #GATHER} characters are waiting. A failed write ends the run with
 * {@link OutputFailure}; after {@link #stop()} (a signal) nothing more goes out, so the output ends in a whole line.
 */
final class LineOutput extends Writer {

    /** Push the lines waiting when this long has passed since the last push: 100 ms, as a person notices. */
    static final long PUSH_AFTER_NANOS = 100_000_000L;

    /** Push when this many characters wait: a fast run writes in blocks this large. */
    static final int GATHER = 1 << 16;

    private final OutputStream out;
    private final boolean everyLine;
    private final LongSupplier clock;
    private final StringBuilder waiting = new StringBuilder();
    private long lastPush;
    private boolean stopped;

    /**
     * @param everyLine push at every line, as for a terminal
     * @param clock nanoseconds, as {@link System#nanoTime()}
     */
    LineOutput(OutputStream out, boolean everyLine, LongSupplier clock) {
        this.out = out;
        this.everyLine = everyLine;
        this.clock = clock;
        this.lastPush = clock.getAsLong();
    }

    /** This process's stdout, a line at a time if it is a terminal. */
    static LineOutput forStdout() {
        return new LineOutput(new FileOutputStream(FileDescriptor.out), stdoutIsATerminal(), System::nanoTime);
    }

    /** On Linux by where file descriptor 1 leads; elsewhere by whether Java sees a console. */
    private static boolean stdoutIsATerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        waiting.append(chars, offset, length);
        wrote(length);
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public synchronized void write(String text, int offset, int length) {
        waiting.append(text, offset, offset + length);
        wrote(length);
    }

    /** After {@code length} characters were added: push the whole lines if it is time. */
    private void wrote(int length) {
        int end = waiting.length();
        int newLine = -1;
        for (int i = end - 1; i >= end - length; i--) {
            if (waiting.charAt(i) == '\n') {
                newLine = i;
                break;
            }
        }
        if (newLine >= 0 && (everyLine || end >= GATHER || clock.getAsLong() - lastPush >= PUSH_AFTER_NANOS)) {
            push(waiting.lastIndexOf("\n") + 1);
        }
    }

    /** Pushes every whole line waiting; a line not yet ended waits for its end. */
    @Override
    public synchronized void flush() {
        push(waiting.lastIndexOf("\n") + 1);
    }

    /** Pushes everything waiting, an unended last line too: at the end of a run. */
    synchronized void finish() {
        push(waiting.length());
    }

    /** Pushes the whole lines waiting, if it can, and nothing after: on a signal, before the JVM ends. */
    synchronized void stop() {
        try {
            push(waiting.lastIndexOf("\n") + 1);
        } catch (OutputFailure e) {
            // The JVM is ending anyway; what could not go out is lost either way.
        }
        stopped = true;
    }

    @Override
    public void close() {
        finish();
    }

    private void push(int upTo) {
        if (stopped || upTo <= 0) {
            return;
        }
        byte[] bytes = waiting.substring(0, upTo).getBytes(StandardCharsets.UTF_8);
        waiting.delete(0, upTo);
        lastPush = clock.getAsLong();
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            stopped = true;
            throw new OutputFailure(e);
        }
    }
}
