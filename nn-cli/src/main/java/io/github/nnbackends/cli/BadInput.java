package io.github.nnbackends.cli;

/**
 * Bad input found as a command runs, not as picocli parses: a file that cannot be written, say. Free of picocli,
 * so that the plain training run reports it as picocli's path does: one line, exit 2.
 */
final class BadInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInput(String message) {
        super(message);
    }
}
