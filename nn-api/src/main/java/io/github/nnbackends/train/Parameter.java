package io.github.nnbackends.train;

/**
 * The four trained parameters of {@code y = w2·relu(w1·x + b1) + b2}, with their shapes.
 *
 * @since 2.0
 */
public enum Parameter {
    W1, B1, W2, B2;

    public int rows(Sizes sizes) {
        return switch (this) {
            case W1 -> sizes.inputs();
            case W2 -> sizes.hidden();
            case B1, B2 -> sizes.samples();
        };
    }

    public int cols(Sizes sizes) {
        return switch (this) {
            case W1, B1 -> sizes.hidden();
            case W2, B2 -> sizes.outputs();
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
