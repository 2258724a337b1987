package io.github.nnbackends.discovery;

/** A backend that cannot be used, for a reason a user can act on; the message is one line meant for them. */
public final class BackendException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackendException(String message) {
        super(message);
    }

    public BackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
