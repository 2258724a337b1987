package io.github.nnbackends.cli;

import io.github.nnbackends.numpy.LegacyRandom;
import io.github.nnbackends.train.Preset;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values as nn accepts them; each refusal says what is wanted. */
final class Converters {

    private Converters() {
    }

    /** A whole number of at least 1: steps and sizes. */
    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value, 1);
        }
    }

    /** A whole number of at least 0: counts that may be none, such as warm-up runs. */
    static final class Count implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeNumber(value, 0);
        }
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
        throw new TypeConversionException("'" + value + "' is not a whole number from " + least + " to "
                + Integer.MAX_VALUE);
    }

    /** numpy's seed range, 0 to 2^32 - 1. */
    static final class Seed implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                long parsed = Long.parseLong(value.trim());
                if (parsed >= 0 && parsed <= LegacyRandom.MAX_SEED) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // refused below, with the range
            }
            throw new TypeConversionException("'" + value + "' is not a whole number from 0 to " + LegacyRandom.MAX_SEED
                    + " (2^32 - 1), the seeds numpy accepts");
        }
    }

    /** A positive, finite number such as 1e-4. */
    static final class LearningRate implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            Double parsed = decimal(value);
            if (parsed != null && parsed > 0 && Double.isFinite(parsed)) {
                return parsed;
            }
            throw new TypeConversionException("'" + value + "' is not a positive finite number such as 1e-4");
        }
    }

    /** A {@link Preset} by its label: {@code tutorial}, {@code large}. */
    static final class PresetName implements ITypeConverter<Preset> {
        @Override
        public Preset convert(String value) {
            for (Preset preset : Preset.values()) { // a loop, not a stream: this runs as every training run starts
                if (preset.label().equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return preset;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a size nn knows: "
                    + Words.list(Arrays.stream(Preset.values()).map(p -> "'" + p.label() + "'").toList(), "or"));
        }
    }

    /** A relative tolerance: a finite number of at least 0, such as 1e-9. */
    static final class Tolerance implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            Double parsed = decimal(value);
            if (parsed != null && parsed >= 0 && Double.isFinite(parsed)) {
                return parsed;
            }
            throw new TypeConversionException("'" + value + "' is not a finite number of at least 0 such as 1e-9");
        }
    }

    /** A number written in decimal, as {@code 1e-4} or {@code 0.001}; null for anything else (NaN, hex, 1f). */
    private static Double decimal(String value) {
        String trimmed = value.trim();
        if (trimmed.matches("(?i).*[a-z&&[^e]].*")) {
            return null;
        }
        try {
            return Double.parseDouble(trimmed);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
