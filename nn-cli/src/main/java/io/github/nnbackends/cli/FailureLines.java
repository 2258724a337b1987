package io.github.nnbackends.cli;

import io.github.nnbackends.discovery.BackendUnavailableException;
import io.github.nnbackends.discovery.OneLine;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/**
 * Every failure as a user sees it, by kind: one line on stderr starting {@code nn: }, and its {@link ExitCode}.
 * Bad input (picocli's, or {@link BadInput}), a backend that cannot be used and not enough memory are {@link ExitCode#BAD_INPUT}; anything else is
 * {@link ExitCode#FAILED}. Never a stack trace, unless {@code NN_DEBUG=1} asks for one. Free of picocli, so that
 * the plain training run, parsed without it, loads none of it.
 */
final class FailureLines {

    static final String DEBUG_VARIABLE = "NN_DEBUG";

    private FailureLines() {
    }

    /** A command failed as it ran: one line on {@code err} saying why, and the exit code for its kind. */
    static int failed(Throwable e, PrintWriter err) {
        if (e instanceof OutputFailure failure) {
            return outputFailed(failure, err);
        }
        if (e instanceof BackendUnavailableException || e instanceof NotEnoughMemory || e instanceof BadInput) {
            print(err, e, e.getMessage());
            return ExitCode.BAD_INPUT;
        }
        if (e instanceof BackendFailure || e instanceof OutputFile.CannotWrite) {
            print(err, e, e.getMessage());
            return ExitCode.FAILED;
        }
        print(err, e, "failed: " + OneLine.of(e));
        return ExitCode.FAILED;
    }

    /**
     * stdout refused a write: one line (once, however often it is thrown) and {@link ExitCode#FAILED}; or, when its
     * reader went away (a closed pipe), nothing and {@link ExitCode#CLOSED_PIPE}, as a command stopped by SIGPIPE.
     */
    static int outputFailed(OutputFailure e, PrintWriter err) {
        if (e.isClosedPipe()) {
            return ExitCode.CLOSED_PIPE;
        }
        if (e.tell()) {
            // An IOException may have no message, or an empty one: then its kind says what failed.
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getCause().getClass().getSimpleName()
                    : e.getMessage();
            print(err, e, "cannot write to standard output: " + why);
        }
        return ExitCode.FAILED;
    }

    static void print(PrintWriter err, Throwable e, String message) {
        err.println("nn: " + message.lines().map(String::strip).collect(Collectors.joining(" ")));
        if ("1".equals(System.getenv(DEBUG_VARIABLE))) {
            e.printStackTrace(err);
        }
        err.flush();
    }
}
