package nn.spi;

/** A matrix's dimensions, printed as {@code rows×cols}. */
public record Shape(int rows, int cols) {

    public static Shape of(int rows, int cols) {
        return new Shape(rows, cols);
    }

    /** The shape of the transpose if {@code transpose} is set, else this one. */
    public Shape transposedIf(boolean transpose) {
        return transpose ? new Shape(cols, rows) : this;
    }

    @Override
    public String toString() {
        return rows + "×" + cols;
    }
}
