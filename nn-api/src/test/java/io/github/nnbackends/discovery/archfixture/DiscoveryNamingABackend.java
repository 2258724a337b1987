package io.github.nnbackends.discovery.archfixture;

import io.github.nnbackends.backend.archfixture.SomeBackend;

/** Breaks discovery's rule on purpose, naming a backend's class: LayersFailWhenBrokenTest's fixture. */
public final class DiscoveryNamingABackend {

    private DiscoveryNamingABackend() {
    }

    public static Object find() {
        return new SomeBackend();
    }
}
