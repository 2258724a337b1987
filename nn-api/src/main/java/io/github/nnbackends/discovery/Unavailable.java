package io.github.nnbackends.discovery;

/**
 * Why a backend cannot be used: a kind, for code to act on, and a reason, one line for people.
 *
 * @param kind what went wrong
 * @param reason the words a user sees, without the backend's name
 * @since 2.0
 */
public record Unavailable(Kind kind, String reason) {

    /** What went wrong. */
    public enum Kind {
        /** No backend has the name asked for. */
        NO_SUCH_BACKEND,
        /** None of the backends found can be used. */
        NONE_USABLE,
        /** Its provider could not be loaded, made, or asked its cheap questions; or it named itself wrongly. */
        BROKEN_PROVIDER,
        /** Built for another SPI version than this nn runs (see {@link io.github.nnbackends.spi.SpiVersion}). */
        OTHER_SPI_VERSION,
        /** Its provider says it cannot run here (no native binaries for this platform, say). */
        NOT_HERE,
        /** Another provider has the same name. */
        AMBIGUOUS,
        /** Its library failed to load or start when the backend was created. */
        FAILED_TO_START
    }
}
