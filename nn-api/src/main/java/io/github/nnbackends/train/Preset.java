package io.github.nnbackends.train;

import java.util.Locale;

/**
 * Named problems: the tutorial's own, and the large one that benchmarks time. Each is four sizes and the learning
 * rate they train at; every default, benchmark and tool takes its numbers from here.
 *
 * @since 2.0
 */
public enum Preset {

    /** The tutorial's: {@code n, x_len, h_len, y_len = 100, 27, 9, 3} at lr 1e-4. */
    TUTORIAL(new Sizes(100, 27, 9, 3), 1e-4),

    /** Large enough that products dominate (two 8.6-GFLOP products a step); at lr 1e-4 it would diverge. */
    LARGE(new Sizes(4096, 1024, 1024, 16), 1e-9);

    /** The tutorial's number of steps. */
    public static final int TUTORIAL_STEPS = 2000;

    /** The seed a run takes when none is given. */
    public static final long DEFAULT_SEED = 0;

    private final Sizes sizes;
    private final double learningRate;

    Preset(Sizes sizes, double learningRate) {
        this.sizes = sizes;
        this.learningRate = learningRate;
    }

    public Sizes sizes() {
        return sizes;
    }

    public double learningRate() {
        return learningRate;
    }

    /** Its name as users type it: {@code tutorial}, {@code large}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
