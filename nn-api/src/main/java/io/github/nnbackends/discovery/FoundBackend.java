package io.github.nnbackends.discovery;

import io.github.nnbackends.spi.BackendProvider;
import java.util.Optional;

/**
 * One backend as discovery found it: its name, and what else it could tell (its library and the library's
 * version); its provider when it could be loaded; and, when it cannot be used, why. A provider that could not be
 * loaded, or named itself wrongly, is found under its class name.
 *
 * @since 2.0
 */
public final class FoundBackend {

    private final String name;
    private final String library;
    private final String version;
    private final BackendProvider provider;
    private final Unavailable unavailable;

    private FoundBackend(String name, String library, String version, BackendProvider provider,
            Unavailable unavailable) {
        this.name = name;
        this.library = library;
        this.version = version;
        this.provider = provider;
        this.unavailable = unavailable;
    }

    static FoundBackend of(String name, BackendProvider provider, String library, String version) {
        return new FoundBackend(name, library, version, provider, null);
    }

    static FoundBackend unavailable(String name, Unavailable.Kind kind, String reason) {
        return unavailable(name, null, new Unavailable(kind, reason));
    }

    static FoundBackend unavailable(String name, String library, Unavailable why) {
        return new FoundBackend(name, library, null, null, why);
    }

    FoundBackend withUnavailable(Unavailable.Kind kind, String reason) {
        return new FoundBackend(name, library, version, provider, new Unavailable(kind, reason));
    }

    public String name() {
        return name;
    }

    /** The library it wraps, if its provider could say. */
    public Optional<String> library() {
        return Optional.ofNullable(library);
    }

    /** The library's version, if its provider could tell. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** Its provider, if it could be loaded. */
    public Optional<BackendProvider> provider() {
        return Optional.ofNullable(provider);
    }

    /** Why it cannot be used; empty if it can. */
    public Optional<Unavailable> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    public boolean isAvailable() {
        return unavailable == null;
    }

    @Override
    public String toString() {
        return name + (isAvailable() ? "" : " (unavailable: " + unavailable.reason() + ")");
    }
}
