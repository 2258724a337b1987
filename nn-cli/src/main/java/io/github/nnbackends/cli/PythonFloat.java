package io.github.nnbackends.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double as Python's {@code repr} (and numpy's {@code str} of a float64) does: the fewest significant
 * digits that read back to the same double, the nearest such when there are several, in positional notation for
 * decimal exponents from -4 to 15 and scientific ({@code 1e-05}, {@code 1.5e+16}) outside. JDK 17's
 * {@code Double.toString} reads back right but sometimes has a digit too many, and writes another notation.
 */
final class PythonFloat {

    /** {@code 0.digits × 10^pointPosition}; digits without leading or trailing zeros. */
    private record Decimal(String digits, int pointPosition) {
    }

    private PythonFloat() {
    }

    static String repr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return Double.doubleToRawLongBits(value) < 0 ? "-0.0" : "0.0";
        }
        Decimal shortest = shortest(Math.abs(value));
        String sign = value < 0 ? "-" : "";
        if (shortest.pointPosition() > -4 && shortest.pointPosition() <= 16) {
            return sign + positional(shortest.digits(), shortest.pointPosition());
        }
        return sign + scientific(shortest.digits(), shortest.pointPosition() - 1);
    }

    /**
     * The JDK's digits when no decimal with one digit fewer reads back (two parses: the common case, and cheap,
     * since the CLI prints a loss per step), the exact search when one does. JDK 17 sometimes rounds a 17th digit
     * wrongly, so 17 digits are replaced by the value rounded exactly to 17 digits, which always reads back.
     */
    private static Decimal shortest(double positive) {
        Decimal jdk = jdkDigits(positive);
        int length = jdk.digits().length();
        if (length >= 2) {
            long shorter = Long.parseLong(jdk.digits()) / 10;
            int exponent = jdk.pointPosition() - length + 1;
            if (readsBack(shorter, exponent, positive) || readsBack(shorter + 1, exponent, positive)) {
                return exactShortest(positive);
            }
        }
        if (length <= 16) {
            return jdk;
        }
        return decimal(new BigDecimal(positive).round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static boolean readsBack(long digits, int exponent, double value) {
        return Double.parseDouble(digits + "E" + exponent) == value;
    }

    /** {@code Double.toString}'s digits and point position, e.g. "125" and -4 for "1.25E-5". */
    private static Decimal jdkDigits(double positive) {
        String text = Double.toString(positive);
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(text.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int leadingZeros = 0;
        while (leadingZeros < all.length() - 1 && all.charAt(leadingZeros) == '0') {
            leadingZeros++;
        }
        int end = all.length();
        while (end > leadingZeros + 1 && all.charAt(end - 1) == '0') {
            end--;
        }
        return new Decimal(all.substring(leadingZeros, end), dot - leadingZeros + exponent);
    }

    /** The decimal with the fewest digits that parses back to {@code value}, the nearest among equals, exactly. */
    private static Decimal exactShortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal nearest = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-nearest.scale());
            BigDecimal best = null;
            for (BigDecimal candidate : new BigDecimal[] {nearest, nearest.subtract(unit), nearest.add(unit)}) {
                if (candidate.signum() != 0 && candidate.precision() <= precision
                        && Double.parseDouble(candidate.toString()) == value
                        && (best == null || distance(candidate, exact).compareTo(distance(best, exact)) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return decimal(best);
            }
        }
        throw new AssertionError("17 significant digits always identify a double: " + value);
    }

    private static Decimal decimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        return new Decimal(digits, digits.length() - stripped.scale());
    }

    private static BigDecimal distance(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs();
    }

    private static String positional(String digits, int pointPosition) {
        if (pointPosition <= 0) {
            return "0." + "0".repeat(-pointPosition) + digits;
        }
        if (pointPosition >= digits.length()) {
            return digits + "0".repeat(pointPosition - digits.length()) + ".0";
        }
        return digits.substring(0, pointPosition) + "." + digits.substring(pointPosition);
    }

    private static String scientific(String digits, int exponent) {
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String magnitude = Integer.toString(Math.abs(exponent));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (magnitude.length() < 2 ? "0" : "") + magnitude;
    }
}
