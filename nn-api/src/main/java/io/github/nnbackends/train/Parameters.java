package io.github.nnbackends.train;

import java.util.EnumMap;
import java.util.Map;

/**
 * Values for each of the four {@link Parameter}s (or their gradients), row-major. Immutable: arrays are copied in
 * and out.
 *
 * @since 2.0
 */
public final class Parameters {

    private final Sizes sizes;
    private final Map<Parameter, double[]> values = new EnumMap<>(Parameter.class);

    private Parameters(Sizes sizes) {
        this.sizes = sizes;
    }

    /** @throws IllegalArgumentException if an array's length does not fit its parameter's shape */
    public static Parameters of(Sizes sizes, double[] w1, double[] b1, double[] w2, double[] b2) {
        return new Parameters(sizes).put(Parameter.W1, w1).put(Parameter.B1, b1).put(Parameter.W2, w2)
                .put(Parameter.B2, b2);
    }

    /** A copy of these values with {@code parameter} replaced by {@code value}. */
    public Parameters with(Parameter parameter, double[] value) {
        Parameters copy = new Parameters(sizes);
        values.forEach(copy::put);
        return copy.put(parameter, value);
    }

    /** A copy of the values of {@code parameter}, row-major. */
    public double[] get(Parameter parameter) {
        return values.get(parameter).clone();
    }

    public Sizes sizes() {
        return sizes;
    }

    private Parameters put(Parameter parameter, double[] value) {
        long expected = (long) parameter.rows(sizes) * parameter.cols(sizes);
        if (value.length != expected) {
            throw new IllegalArgumentException(parameter.label() + " has " + value.length + " values, but "
                    + parameter.rows(sizes) + "×" + parameter.cols(sizes) + " needs " + expected);
        }
        values.put(parameter, value.clone());
        return this;
    }
}
