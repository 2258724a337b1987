package io.github.nnbackends.cli;

import io.github.nnbackends.numpy.LegacyRandom;
import io.github.nnbackends.train.Preset;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values as nn accepts them; each refusal says what is wanted. A reader here ({@link #positiveInt}, ...)
 * names no picocli type, so that the plain training run, which calls the readers directly, loads no class of
 * picocli's: JDK 25's AOT cache keeps none of them (picocli's class files are too old), and loading the first
 * opened picocli's jar, about 4 ms of a run. picocli calls each reader through its converter, a {@link Reader} named
 * as the reader is ({@link PositiveInt} for {@code positiveInt}), which {@link PlainOptionsSource} relies on.
 */
final class Converters {

    private Converters() {
    }

    /**
     * A whole number of at least 1: steps and sizes.
     *
     * @throws IllegalArgumentException saying what is wanted, if {@code value} is not one
     */
    static int positiveInt(String value) {
        return wholeNumber(value, 1);
    }

    /** A whole number of at least 0: counts that may be none, such as warm-up runs. */
    static int count(String value) {
        return wholeNumber(value, 0);
    }

    private static int wholeNumber(String value, int least) {
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= least) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw new IllegalArgumentException("'" + value + "' is not a whole number from " + least + " to "
                + Integer.MAX_VALUE);
    }

    /** numpy's seed range, 0 to 2^32 - 1. */
    static long seed(String value) {
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed >= 0 && parsed <= LegacyRandom.MAX_SEED) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw new IllegalArgumentException("'" + value + "' is not a whole number from 0 to " + LegacyRandom.MAX_SEED
                + " (2^32 - 1), the seeds numpy accepts");
    }

    /** A positive, finite number such as 1e-4. */
    static double learningRate(String value) {
        Double parsed = decimal(value);
        if (parsed != null && parsed > 0 && Double.isFinite(parsed)) {
            return parsed;
        }
        throw new IllegalArgumentException("'" + value + "' is not a positive finite number such as 1e-4");
    }

    /** A {@link Preset} by its label: {@code tutorial}, {@code large}. */
    static Preset presetName(String value) {
        for (Preset preset : Preset.values()) { // a loop, not a stream: this runs as every training run starts
            if (preset.label().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return preset;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a size nn knows: "
                + Words.list(Arrays.stream(Preset.values()).map(p -> "'" + p.label() + "'").toList(), "or"));
    }

    /** A relative tolerance: a finite number of at least 0, such as 1e-9. */
    static double tolerance(String value) {
        Double parsed = decimal(value);
        if (parsed != null && parsed >= 0 && Double.isFinite(parsed)) {
            return parsed;
        }
        throw new IllegalArgumentException("'" + value + "' is not a finite number of at least 0 such as 1e-9");
    }

    /** A number written in decimal, as {@code 1e-4} or {@code 0.001}; null for anything else (NaN, hex, 1f). */
    private static Double decimal(String value) {
        String trimmed = value.trim();
        for (int i = 0; i < trimmed.length(); i++) { // no regular expression: this runs as every training run starts
            char c = trimmed.charAt(i);
            if (c < 128 && Character.isLetter(c) && c != 'e' && c != 'E') {
                return null;
            }
        }
        try {
            return Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A reader as picocli's converter: its refusal becomes the message picocli prints. */
    abstract static class Reader<T> implements ITypeConverter<T> {

        private final Function<String, T> reader;

        Reader(Function<String, T> reader) {
            this.reader = reader;
        }

        @Override
        public T convert(String value) {
            try {
                return reader.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class PositiveInt extends Reader<Integer> {
        PositiveInt() {
            super(Converters::positiveInt);
        }
    }

    static final class Count extends Reader<Integer> {
        Count() {
            super(Converters::count);
        }
    }

    static final class Seed extends Reader<Long> {
        Seed() {
            super(Converters::seed);
        }
    }

    static final class LearningRate extends Reader<Double> {
        LearningRate() {
            super(Converters::learningRate);
        }
    }

    static final class PresetName extends Reader<Preset> {
        PresetName() {
            super(Converters::presetName);
        }
    }

    static final class Tolerance extends Reader<Double> {
        Tolerance() {
            super(Converters::tolerance);
        }
    }
}
