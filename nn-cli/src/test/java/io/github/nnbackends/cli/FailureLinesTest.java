package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;

/** Each kind of failure as the user sees it: one line on stderr starting 'nn: ', and the exit code of its kind. */
class FailureLinesTest {

    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text);

    private List<String> errLines() {
        return text.toString().lines().toList();
    }

    @Test
    void stdoutThatRefusesAWriteIsToldOnceHoweverOftenItFails() {
        OutputFailure full = new OutputFailure(new IOException("No space left on device"));
        assertThat(FailureLines.failed(full, err)).isEqualTo(ExitCode.FAILED);
        assertThat(FailureLines.failed(full, err)).isEqualTo(ExitCode.FAILED);
        assertThat(FailureLines.outputFailed(full, err)).isEqualTo(ExitCode.FAILED);
        assertThat(errLines()).containsExactly("nn: cannot write to standard output: No space left on device");
    }

    @Test
    void aReaderThatWentAwayEndsTheRunQuietly() {
        assertThat(FailureLines.failed(new OutputFailure(new IOException("Broken pipe")), err))
                .isEqualTo(ExitCode.CLOSED_PIPE);
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void aFailureWithAnOddMessageIsToldNotTakenForAClosedPipe() {
        assertThat(FailureLines.failed(new OutputFailure(new IOException("")), err)).isEqualTo(ExitCode.FAILED);
        assertThat(FailureLines.failed(new OutputFailure(new IOException()), err)).isEqualTo(ExitCode.FAILED);
        assertThat(errLines()).hasSize(2).allMatch(line -> line.startsWith("nn: cannot write to standard output"));
    }

    @Test
    void aBackendThatFailedOrAFileThatCouldNotBeWrittenIsItsOwnMessageAndExitOne() {
        BackendFailure backend = new BackendFailure("lazy", "gemm", new NoClassDefFoundError("org/lib/Matrix"));
        assertThat(FailureLines.failed(backend, err)).isEqualTo(ExitCode.FAILED);
        OutputFile.CannotWrite file = new OutputFile.CannotWrite("--plot: cannot write loss.png: No space left on "
                + "device", new IOException("No space left on device"));
        assertThat(FailureLines.failed(file, err)).isEqualTo(ExitCode.FAILED);
        assertThat(errLines()).containsExactly(
                "nn: backend 'lazy' failed in gemm: NoClassDefFoundError: org/lib/Matrix",
                "nn: --plot: cannot write loss.png: No space left on device");
    }

    @Test
    void anythingElseSaysWhatFailedOnOneLineAndExitsWithOne() {
        assertThat(FailureLines.failed(new IllegalStateException("no steps\n  left"), err)).isEqualTo(ExitCode.FAILED);
        assertThat(errLines()).containsExactly("nn: failed: IllegalStateException: no steps left");
    }

    @Test
    void anErrorThatPicocliWrapsIsToldAsItself() {
        CommandLine nn = NnCommand.commandLine(err, err, new Failures());
        ExecutionException wrapped = new ExecutionException(nn, "Error while running command (TrainCommand)",
                new AssertionError("broken invariant"));
        assertThat(new Failures().handleExecutionException(wrapped, nn, null)).isEqualTo(ExitCode.FAILED);
        assertThat(errLines()).containsExactly("nn: failed: AssertionError: broken invariant");
    }
}
