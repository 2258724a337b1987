package io.github.nnbackends.backend.archfixture;

/** Stands for a backend's class, which discovery must never name: LayersFailWhenBrokenTest's fixture. */
public final class SomeBackend {
}
