package io.github.nnbackends.spi;

/**
 * A matrix's dimensions, printed as {@code rows×cols}.
 *
 * @since 2.0
 */
public record Shape(int rows, int cols) {

    public static Shape of(int rows, int cols) {
        return new Shape(rows, cols);
    }

    @Override
    public String toString() {
        return rows + "×" + cols;
    }
}
