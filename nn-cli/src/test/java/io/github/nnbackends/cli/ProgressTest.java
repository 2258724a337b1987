package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress bar: only for a person watching stderr while stdout goes elsewhere, and only in a long run. */
class ProgressTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private long now = 100_000_000_000L;

    private String drawn() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A bar for 200 steps of training, on {@link #err}, timed by {@link #now}. */
    private Progress training() {
        return new Progress("training", 200, () -> now, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void showsWhenStderrIsATerminalAndStdoutIsNot() {
        assertThat(Progress.shows(Stdout.Kind.TERMINAL, Stdout.Kind.OTHER)).isTrue();
        assertThat(Progress.shows(Stdout.Kind.TERMINAL, Stdout.Kind.TERMINAL)).as("the lines show already").isFalse();
        assertThat(Progress.shows(Stdout.Kind.OTHER, Stdout.Kind.OTHER)).as("a pipe, a CI log").isFalse();
        assertThat(Progress.shows(Stdout.Kind.OTHER, Stdout.Kind.TERMINAL)).isFalse();
    }

    @Test
    void aBarAppearsOnceTheRunHasTakenASecondAndShowsTheStepsDoneWhenClosed() {
        try (Progress progress = training()) {
            progress.at(10);
            now += Progress.SHOW_AFTER_NANOS - 1;
            progress.at(20);
            assertThat(drawn()).as("a run shorter than a second shows no bar").isEmpty();
            now += 1;
            progress.at(30);
            progress.at(150);
        }
        String[] drawings = drawn().split("\r");
        assertThat(drawings[drawings.length - 1]).startsWith("training").contains(" 150/200 steps ")
                .as("the time taken, a second or two, not the clock's 100 s").contains("(0:00:");
    }

    @Test
    void aRunShorterThanASecondDrawsNothingEvenWhenClosed() {
        try (Progress progress = training()) {
            progress.at(100);
            now += Progress.SHOW_AFTER_NANOS - 1;
            progress.at(200);
        }
        assertThat(drawn()).as("closing draws a bar that shows, at once").isEmpty();
    }
}
