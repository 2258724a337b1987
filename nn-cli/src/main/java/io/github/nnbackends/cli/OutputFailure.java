package io.github.nnbackends.cli;

import java.io.IOException;

/**
 * stdout refused a write: a full disk, a closed descriptor, or a reader that went away (a closed pipe, which is
 * no failure of nn's: a command stopped by SIGPIPE is what a pipeline expects).
 */
final class OutputFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Stdout.Kind kind;
    private boolean told;

    OutputFailure(IOException cause, Stdout.Kind kind) {
        super(cause.getMessage(), cause);
        this.kind = kind;
    }

    /**
     * Whether this failure is yet to be told: true the first time only. stdout throws the same failure at every
     * write after it, and a run reports it once.
     */
    boolean tell() {
        boolean first = !told;
        told = true;
        return first;
    }

    /**
     * Whether the reader went away ({@code EPIPE}). Java says so only in the message, which the C library words
     * in the user's language; but a write to a pipe or socket fails for nothing else that concerns nn.
     */
    boolean isClosedPipe() {
        return kind == Stdout.Kind.PIPE || "Broken pipe".equals(getCause().getMessage());
    }
}
