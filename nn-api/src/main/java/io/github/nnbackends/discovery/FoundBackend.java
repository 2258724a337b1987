package io.github.nnbackends.discovery;

import io.github.nnbackends.spi.BackendProvider;
import java.util.Optional;

/**
 * One backend as discovery found it: its provider when it could be loaded, and why it cannot be used when it
 * cannot. An unusable backend still has a name to show: its own, or its provider's class name when the class
 * could not even be loaded or named itself wrongly.
 */
public record FoundBackend(String name, String library, String version, BackendProvider provider, String unavailable) {

    static FoundBackend available(BackendProvider provider) {
        return new FoundBackend(provider.name(), provider.library(), provider.version(), provider, null);
    }

    static FoundBackend unavailable(String name, String reason) {
        return new FoundBackend(name, "-", "-", null, reason);
    }

    FoundBackend withUnavailable(String reason) {
        return new FoundBackend(name, library, version, provider, reason);
    }

    /** Why it cannot be used, or empty if it can. */
    public Optional<String> unavailableReason() {
        return Optional.ofNullable(unavailable);
    }

    public boolean isAvailable() {
        return unavailable == null;
    }
}
