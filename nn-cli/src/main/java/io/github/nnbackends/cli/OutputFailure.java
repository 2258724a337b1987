package io.github.nnbackends.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;

/**
 * stdout refused a write: a full disk, a closed descriptor, or a reader that went away (a closed pipe, which is
 * no failure of nn's: a command stopped by SIGPIPE is what a pipeline expects).
 */
final class OutputFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private boolean told;

    OutputFailure(IOException cause) {
        super(cause.getMessage(), cause);
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
     * Whether the reader went away ({@code EPIPE}): a pipe's or a FIFO's, a socket's. Java says which error only in
     * the message, which the C library words in the user's language; so the message is compared with the one this
     * JVM gives for a real closed pipe ({@link #brokenPipe}). Any other failure on a pipe (a non-blocking one that
     * is full, say) is a failure to tell.
     */
    boolean isClosedPipe() {
        String message = getCause().getMessage();
        return "Broken pipe".equals(message) || message != null && message.equals(brokenPipe());
    }

    /** EPIPE's message in this JVM's language, from a write to an OS pipe whose reader is closed; once. */
    private static String brokenPipe() {
        if (brokenPipe == null) {
            try {
                Pipe pipe = Pipe.open();
                pipe.source().close();
                try (Pipe.SinkChannel sink = pipe.sink()) {
                    sink.write(ByteBuffer.wrap(new byte[1]));
                }
                brokenPipe = "";
            } catch (IOException e) {
                brokenPipe = String.valueOf(e.getMessage());
            }
        }
        return brokenPipe;
    }

    private static String brokenPipe;
}
