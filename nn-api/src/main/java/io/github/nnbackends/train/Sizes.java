package io.github.nnbackends.train;

/**
 * The dimensions of the tutorial's problem: {@code samples} rows of {@code inputs} features, a hidden layer of
 * {@code hidden} units and {@code outputs} targets per sample.
 *
 * @since 2.0
 */
public record Sizes(int samples, int inputs, int hidden, int outputs) {

    /** The most elements one matrix may hold: Java arrays stop a little below 2^31. */
    public static final long MAX_ELEMENTS = Integer.MAX_VALUE - 8;

    /**
     * @throws IllegalArgumentException if a size is below 1, or a matrix of these sizes would exceed
     *     {@link #MAX_ELEMENTS}
     */
    public Sizes {
        requirePositive("samples", samples);
        requirePositive("inputs", inputs);
        requirePositive("hidden", hidden);
        requirePositive("outputs", outputs);
        requireFits("samples", samples, "inputs", inputs);
        requireFits("samples", samples, "hidden", hidden);
        requireFits("samples", samples, "outputs", outputs);
        requireFits("inputs", inputs, "hidden", hidden);
        requireFits("inputs", inputs, "outputs", outputs);
        requireFits("hidden", hidden, "outputs", outputs);
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }

    private static void requireFits(String rowsName, int rows, String colsName, int cols) {
        if ((long) rows * cols > MAX_ELEMENTS) {
            throw new IllegalArgumentException(rowsName + " × " + colsName + " = " + (long) rows * cols
                    + " elements is more than one matrix can hold (" + MAX_ELEMENTS + ")");
        }
    }

    /**
     * Floating-point operations in one training step: 2mnk per m×k·k×n product (five of them), 1 per element for
     * each bias add, ReLU, subtraction, scaling and mask, 2 per element for the squared sum and for each update.
     * 120,540 at the tutorial's sizes.
     */
    public long flopsPerStep() {
        long n = samples;
        long products = 2 * n * inputs * hidden * 2 + 2 * n * hidden * outputs * 3;
        long hiddenLayer = n * hidden * 3;
        long outputLayer = n * outputs * 5;
        long updates = 2L * ((long) inputs * hidden + (long) hidden * outputs + n * hidden + n * outputs);
        return products + hiddenLayer + outputLayer + updates;
    }

    @Override
    public String toString() {
        return "samples " + samples + ", inputs " + inputs + ", hidden " + hidden + ", outputs " + outputs;
    }
}
