package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command, when stdout refuses its writes: a full disk is one line and exit 1; a closed pipe is quiet, 141. */
class OutputFailureTest {

    /** Takes {@code room} bytes, then fails every write as {@code error} says. */
    private static OutputStream failingAfter(int room, String error) {
        return new OutputStream() {
            private int taken;

            @Override
            public void write(int b) throws IOException {
                if (taken++ >= room) {
                    throw new IOException(error);
                }
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"--steps 5", "train --steps 5", "backends", "backends --json", "--help", "bench --help",
        "--version", "bench --backend ejml --steps 2 --warmup 0 --runs 1", "compare --steps 3"})
    void aFullDiskIsOneLineAndExitOne(String command) {
        CliRun run = CliRun.to(failingAfter(0, "No space left on device"), command.split(" "));
        assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(run.errLines()).last().isEqualTo("nn: cannot write to standard output: No space left on device");
        assertThat(run.errLines()).as("told once, though every later write fails too")
                .filteredOn(line -> line.startsWith("nn: cannot write")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void aFailureWithoutAMessageIsToldByItsKind(String message) {
        for (String without : new String[] {null, message}) {
            CliRun run = CliRun.to(failingAfter(0, without), "--steps", "5");
            assertThat(run.exitCode()).isEqualTo(ExitCode.FAILED);
            assertThat(run.errLines()).last().isEqualTo("nn: cannot write to standard output: IOException");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"--steps 5", "backends", "--help", "compare --steps 3"})
    void aClosedPipeEndsTheRunQuietlyAsSigpipeWould(String command) {
        CliRun run = CliRun.to(failingAfter(0, "Broken pipe"), command.split(" "));
        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOSED_PIPE);
        assertThat(run.err()).doesNotContain("pipe", "Exception");
    }

    @Test
    void aReaderThatLeavesStopsALongRunWithinAFlush() {
        long start = System.nanoTime();
        CliRun run = CliRun.to(failingAfter(10, "Broken pipe"), "--steps", "3000000");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CLOSED_PIPE);
        assertThat((System.nanoTime() - start) / 1e9).as("seconds until it stopped, of a run of minutes")
                .isLessThan(30);
    }
}
