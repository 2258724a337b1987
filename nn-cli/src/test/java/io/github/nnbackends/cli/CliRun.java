package io.github.nnbackends.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One in-process run of {@code nn}: its exit code and what it wrote. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return to(new ByteArrayOutputStream(), args);
    }

    /** A run whose stdout is {@code out}, which may fail as a full disk or a closed pipe does; what it kept. */
    static CliRun to(OutputStream out, String... args) {
        return to(out, new ByteArrayOutputStream(), args);
    }

    /**
     * A run whose stdout is {@code out} and stderr {@code err}, what they kept; its stdout's clock stands still, so
     * that lines go out only when nn pushes them (a flush, or the end), never because time passed.
     */
    static CliRun to(OutputStream out, OutputStream err, String... args) {
        int code = Main.run(args, new LineOutput(out, Stdout.Kind.OTHER, () -> 0L), err);
        return new CliRun(code, text(out), text(err));
    }

    private static String text(OutputStream stream) {
        return stream instanceof ByteArrayOutputStream bytes ? bytes.toString(StandardCharsets.UTF_8)
                : stream.toString();
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }
}
