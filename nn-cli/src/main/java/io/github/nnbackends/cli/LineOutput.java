package io.github.nnbackends.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * stdout as nn writes it: whole lines only, gathered for speed, and pushed out as soon as that matters: when
 * {@link #PUSH_AFTER_NANOS} have passed since the last push (by the next line, or by {@link #pushIfDue}, which a
 * timer calls, so a slow step does not hold back the lines before it), at every line when stdout is a terminal, and
 * when {@link #GATHER} characters are waiting. Each write is whole lines of at most {@link #PIPE_BUF} bytes, which
 * a pipe takes whole or not at all, so even a killed run leaves whole lines. A failed write ends the run with
 * {@link OutputFailure}, thrown again at every later write; after {@link #stop()} (a signal) nothing more goes out.
 */
final class LineOutput extends Writer {

    /** Push the lines waiting when this long has passed since the last push: 100 ms, as a person notices. */
    static final long PUSH_AFTER_NANOS = 100_000_000L;

    /** Push when this many characters wait: a fast run writes in blocks this large. */
    static final int GATHER = 1 << 16;

    /** The most bytes POSIX guarantees a pipe writes at once, whole: Linux's and macOS's pipe buffer unit. */
    static final int PIPE_BUF = 4096;

    /** How long {@link #stop()} waits for its push, which a stalled reader can block for ever. */
    private static final long STOP_WAIT_MILLIS = 200;

    private final OutputStream out;
    private final Stdout.Kind kind;
    private final LongSupplier clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final StringBuilder waiting = new StringBuilder();
    private long lastPush;
    private volatile boolean stopped;
    private OutputFailure failed;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    LineOutput(OutputStream out, Stdout.Kind kind, LongSupplier clock) {
        this.out = out;
        this.kind = kind;
        this.clock = clock;
        this.lastPush = clock.getAsLong();
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        lock.lock();
        try {
            waiting.append(chars, offset, length);
            wrote(length);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(String text, int offset, int length) {
        lock.lock();
        try {
            waiting.append(text, offset, offset + length);
            wrote(length);
        } finally {
            lock.unlock();
        }
    }

    /** After {@code length} characters were added: push the whole lines if it is time. */
    private void wrote(int length) {
        if (failed != null) {
            throw failed;
        }
        int end = waiting.length();
        for (int i = end - 1; i >= end - length; i--) {
            if (waiting.charAt(i) == '\n') {
                if (kind == Stdout.Kind.TERMINAL || end >= GATHER || due()) {
                    push(i + 1);
                }
                return;
            }
        }
    }

    private boolean due() {
        return clock.getAsLong() - lastPush >= PUSH_AFTER_NANOS;
    }

    /** Pushes the whole lines waiting if {@link #PUSH_AFTER_NANOS} have passed since the last push; for a timer. */
    void pushIfDue() {
        lock.lock();
        try {
            if (due()) {
                push(waiting.lastIndexOf("\n") + 1);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Pushes every whole line waiting; a line not yet ended waits for its end. */
    @Override
    public void flush() {
        lock.lock();
        try {
            push(waiting.lastIndexOf("\n") + 1);
        } finally {
            lock.unlock();
        }
    }

    /** Pushes everything waiting, an unended last line too: at the end of a run. */
    void finish() {
        lock.lock();
        try {
            push(waiting.length());
        } finally {
            lock.unlock();
        }
    }

    /**
     * On a signal, before the JVM ends: pushes the whole lines waiting, and nothing after. The push may block (a
     * stalled reader, or a write in progress that holds the lock): it is waited for briefly, then left, since the
     * run must end; a pipe takes each write whole or not at all, so what went out is whole lines still.
     */
    void stop() {
        Thread last = new Thread(() -> {
            lock.lock();
            try {
                push(waiting.lastIndexOf("\n") + 1);
            } catch (OutputFailure e) {
                // The JVM is ending anyway; what could not go out is lost either way.
            } finally {
                lock.unlock();
            }
        }, "nn-stdout-last");
        last.setDaemon(true);
        last.start();
        try {
            last.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopped = true;
    }

    @Override
    public void close() {
        finish();
    }

    /** Writes the first {@code upTo} characters waiting, in whole lines of at most {@link #PIPE_BUF} bytes. */
    private void push(int upTo) {
        if (failed != null) {
            throw failed; // again, for the main thread, when the timer's push failed
        }
        if (stopped || upTo <= 0) {
            return;
        }
        byte[] bytes = waiting.substring(0, upTo).getBytes(StandardCharsets.UTF_8);
        waiting.delete(0, upTo);
        lastPush = clock.getAsLong();
        try {
            for (int from = 0; from < bytes.length && !stopped; ) {
                int to = chunkEnd(bytes, from);
                out.write(bytes, from, to - from);
                from = to;
            }
            out.flush();
        } catch (IOException e) {
            failed = new OutputFailure(e);
            throw failed;
        }
    }

    /**
     * Where the write starting at {@code from} ends: after the last line that ends within {@link #PIPE_BUF} bytes;
     * after the first line, if that alone is longer; at the end, for a last line not ended.
     */
    static int chunkEnd(byte[] bytes, int from) {
        int limit = Math.min(bytes.length, from + PIPE_BUF);
        if (limit == bytes.length && bytes[limit - 1] == '\n') {
            return limit;
        }
        for (int i = limit - 1; i >= from; i--) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        for (int i = limit; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i + 1;
            }
        }
        return bytes.length;
    }
}
