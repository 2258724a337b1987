package io.github.nnbackends.cli;

import java.io.IOException;

/**
 * stdout refused a write: a full disk, a closed descriptor, or a reader that went away (a closed pipe, which is
 * no failure of nn's: a command stopped by SIGPIPE is what a pipeline expects).
 */
final class OutputFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OutputFailure(IOException cause) {
        super(cause.getMessage(), cause);
    }

    /** Whether the reader went away: the pipe is closed ({@code EPIPE}). */
    boolean isClosedPipe() {
        return "Broken pipe".equals(getCause().getMessage());
    }
}
