package io.github.nnbackends.train.archfixture;

import io.github.nnbackends.discovery.Backends;

/** Breaks the trainer's layering on purpose: LayersFailWhenBrokenTest's fixture. */
public final class TrainerThatDiscovers {

    private TrainerThatDiscovers() {
    }

    public static String backends() {
        return Backends.discover(TrainerThatDiscovers.class.getClassLoader()).names();
    }
}
