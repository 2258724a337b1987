package io.github.nnbackends.cli;

import io.github.nnbackends.train.Preset;
import io.github.nnbackends.train.Sizes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code bench --sweep}: a series of problems, one of the four sizes varied ({@code samples=100,400,1600}) or all
 * four multiplied together ({@code scale=1,2,4,8}), from the problem the other options give.
 */
record Sweep(String dimension, List<Integer> values) {

    /** What can be swept: each size, or {@code scale}, all four times the value. */
    static final List<String> DIMENSIONS = List.of("samples", "inputs", "hidden", "outputs", "scale");

    /**
     * How many steps a timed run takes at {@code sizes}, unless --steps says: about the arithmetic of the tutorial's
     * 2000 steps (enough to time, few enough that the largest sizes take seconds, not minutes), at least
     * {@link #FEWEST_STEPS}.
     */
    static int stepsAt(Sizes sizes) {
        double tutorial = (double) Preset.TUTORIAL_STEPS * Preset.TUTORIAL.sizes().flopsPerStep();
        return (int) Math.max(FEWEST_STEPS, Math.min(Preset.TUTORIAL_STEPS, Math.round(tutorial / sizes.flopsPerStep())));
    }

    static final int FEWEST_STEPS = 20;

    /**
     * The learning rate at {@code sizes}, unless --lr says: {@code rate}, the rate of the problem {@code base},
     * scaled down as the problem grows, so that no size of the sweep diverges. The tutorial's loss is a sum over
     * samples, and its gradients grow with the samples and with the widths they pass through: the rate shrinks by
     * samples × (inputs + hidden × outputs), the same product that takes the tutorial's 1e-4 to the large size's
     * 1e-9 within a factor of ten.
     */
    static double learningRateAt(Sizes sizes, Sizes base, double rate) {
        double growth = weight(sizes) / weight(base);
        return growth > 1 ? rate / growth : rate;
    }

    private static double weight(Sizes sizes) {
        return (double) sizes.samples() * (sizes.inputs() + (double) sizes.hidden() * sizes.outputs());
    }

    /**
     * The problem at {@code value}: {@code base} with the swept size set to it, or all four multiplied by it.
     *
     * @throws IllegalArgumentException if a matrix of those sizes would be too large
     */
    Sizes at(Sizes base, int value) {
        return switch (dimension) {
            case "samples" -> new Sizes(value, base.inputs(), base.hidden(), base.outputs());
            case "inputs" -> new Sizes(base.samples(), value, base.hidden(), base.outputs());
            case "hidden" -> new Sizes(base.samples(), base.inputs(), value, base.outputs());
            case "outputs" -> new Sizes(base.samples(), base.inputs(), base.hidden(), value);
            default -> new Sizes(times(base.samples(), value), times(base.inputs(), value),
                    times(base.hidden(), value), times(base.outputs(), value));
        };
    }

    /** The option that sets the swept size, or null for {@code scale}. */
    String option() {
        return dimension.equals("scale") ? null : "--" + dimension;
    }

    /** What the values are, for an axis or a column: the size swept, or the factor of all four. */
    String label() {
        return dimension.equals("scale") ? "scale (all four sizes times)" : dimension;
    }

    private static int times(int size, int factor) {
        long product = (long) size * factor;
        if (product > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(size + " × " + factor + " is more than a size can be");
        }
        return (int) product;
    }

    /** {@code DIMENSION=V1,V2,...}: a dimension of {@link #DIMENSIONS} and two or more whole numbers, ascending. */
    static final class Converter implements ITypeConverter<Sweep> {
        @Override
        public Sweep convert(String text) {
            String[] parts = text.split("=", -1);
            String dimension = parts[0].strip().toLowerCase(Locale.ROOT);
            if (parts.length != 2 || !DIMENSIONS.contains(dimension)) {
                throw refused(text, "name what to sweep: " + Words.list(DIMENSIONS, "or"));
            }
            List<Integer> values = new ArrayList<>();
            for (String value : parts[1].split(",", -1)) {
                try {
                    values.add(Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    throw refused(text, "'" + value + "' is not a whole number");
                }
            }
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) < 1 || i > 0 && values.get(i) <= values.get(i - 1)) {
                    throw refused(text, "the values must be whole numbers from 1, ascending");
                }
            }
            if (values.size() < 2) {
                throw refused(text, "give at least two values");
            }
            return new Sweep(dimension, List.copyOf(values));
        }

        private static TypeConversionException refused(String text, String why) {
            return new TypeConversionException("'" + text + "': " + why + "; such as samples=100,400,1600,6400 or "
                    + "scale=1,2,4,8");
        }
    }
}
