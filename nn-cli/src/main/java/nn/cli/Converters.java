package nn.cli;

import nn.numpy.LegacyRandom;
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
            try {
                int parsed = Integer.parseInt(value.trim());
                if (parsed >= 1) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // refused below, with the range
            }
            throw new TypeConversionException("'" + value + "' is not a whole number from 1 to " + Integer.MAX_VALUE);
        }
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
            try {
                double parsed = Double.parseDouble(value.trim());
                if (parsed > 0 && Double.isFinite(parsed) && !value.trim().matches("(?i).*[a-z&&[^e]].*")) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new TypeConversionException("'" + value + "' is not a positive finite number such as 1e-4");
        }
    }
}
