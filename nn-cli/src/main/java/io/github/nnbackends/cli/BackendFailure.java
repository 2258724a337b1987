package io.github.nnbackends.cli;

import io.github.nnbackends.discovery.OneLine;

/** A backend that failed while it ran: which one, in which operation, and why. */
final class BackendFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BackendFailure(String backend, String operation, Throwable cause) {
        super("backend '" + backend + "' failed in " + operation + ": " + OneLine.of(cause), cause);
    }
}
