package io.github.nnbackends.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * One file of what happened during a run, in order: the events of {@link BrokenBackends#counting} and, through
 * {@link #stream}, each line as it reached stdout or stderr, as the stream's name and the line's first word.
 */
final class EventLog {

    private EventLog() {
    }

    /**
     * A stream named {@code name} that adds each line written to it to {@code log} when it is written, and keeps
     * what was written, as {@link CliRun} reads it.
     */
    static OutputStream stream(Path log, String name) {
        return new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] bytes, int offset, int length) {
                super.write(bytes, offset, length);
                StringBuilder lines = new StringBuilder();
                new String(bytes, offset, length, StandardCharsets.UTF_8).lines()
                        .forEach(line -> lines.append(name).append(' ').append(line.split(" ", 2)[0]).append('\n'));
                try {
                    Files.writeString(log, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public synchronized void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }
        };
    }

    /** The events so far, none if nothing happened. */
    static List<String> read(Path log) throws IOException {
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }
}
