package io.github.nnbackends.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** This process's stdout, which carries nn's product and nothing else. */
final class Stdout {

    /** Where stdout leads, as far as writing to it differs. */
    enum Kind {
        /** A person reads each line as it comes. */
        TERMINAL,
        /** A file, a device, a pipe or a socket. */
        OTHER
    }

    private Stdout() {
    }

    /**
     * stdout as a {@link LineOutput}, with a timer that pushes lines a slow step would hold back. From here on,
     * whatever else prints to {@code System.out} (a backend, a library) goes to stderr.
     */
    static LineOutput open() {
        LineOutput out = withTimer(new FileOutputStream(FileDescriptor.out), kind());
        System.setOut(System.err);
        return out;
    }

    /** {@code out} as a {@link LineOutput}, and a daemon thread that calls its {@link LineOutput#pushIfDue}. */
    static LineOutput withTimer(OutputStream stream, Kind kind) {
        LineOutput out = new LineOutput(stream, kind, System::nanoTime);
        Thread timer = new Thread(() -> {
            try {
                while (true) {
                    Thread.sleep(LineOutput.PUSH_AFTER_NANOS / 2_000_000);
                    out.pushIfDue();
                }
            } catch (InterruptedException | OutputFailure e) {
                // A failed write is the main thread's to report, at its next write; the timer just ends.
            }
        }, "nn-stdout-timer");
        timer.setDaemon(true);
        timer.start();
        return out;
    }

    /** Where stdout leads. */
    static Kind kind() {
        return kind(1);
    }

    /**
     * Where file descriptor {@code fd} (1 stdout, 2 stderr) leads: on Linux by its link in /proc; elsewhere by
     * whether Java sees a console.
     */
    static Kind kind(int fd) {
        try {
            return kindOf(Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null ? Kind.TERMINAL : Kind.OTHER;
        }
    }

    /** Where a descriptor leads whose link in /proc names {@code target}: a terminal is a pts or tty device. */
    static Kind kindOf(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") ? Kind.TERMINAL : Kind.OTHER;
    }
}
