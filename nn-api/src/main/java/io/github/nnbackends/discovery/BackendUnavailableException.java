package io.github.nnbackends.discovery;

/**
 * A backend that cannot be used, or none that can, for a reason a user can act on: its message is one line meant
 * for them, and {@link #unavailable()} says why in a form code can act on.
 *
 * @since 2.0
 */
public final class BackendUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Unavailable unavailable;

    BackendUnavailableException(String message, Unavailable unavailable, Throwable cause) {
        super(message, cause);
        this.unavailable = unavailable;
    }

    /** Why, by kind. */
    public Unavailable unavailable() {
        return unavailable;
    }
}
