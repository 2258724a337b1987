package io.github.nnbackends.cli;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double as Python's {@code repr} (and numpy's {@code str} of a float64) does: the fewest significant
 * digits that read back to the same double, the nearest such when there are several, in positional notation for
 * decimal exponents from -4 to 15 and scientific ({@code 1e-05}, {@code 1.5e+16}) outside.
 *
 * <p>The digits are those of {@code Double.toString} as JDK 19 specifies it (JDK-4511638), which are Python's but
 * for one case: where a single digit reads back, Java may give two that are nearer (4.9E-324, where Python says
 * 5e-324). On JDK 17 and 18, whose {@code Double.toString} sometimes has a digit too many or a wrong 17th digit, they
 * come from Jackson's copy of the same algorithm (Schubfach). A printed loss costs one call, with no parsing.
 */
final class PythonFloat {

    /** From JDK 19, {@code Double.toString} gives the shortest digits, the nearest among several. */
    private static final boolean JDK_IS_SHORTEST = Runtime.version().feature() >= 19;

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
        return format(value, shortest(Math.abs(value)));
    }

    /** {@code value}, finite and not zero, written with {@code decimal}'s digits as Python writes them. */
    private static String format(double value, Decimal decimal) {
        String digits = decimal.digits();
        int point = decimal.pointPosition();
        StringBuilder text = new StringBuilder(digits.length() + 24);
        if (value < 0) {
            text.append('-');
        }
        if (point <= -4 || point > 16) {
            text.append(digits.charAt(0));
            if (digits.length() > 1) {
                text.append('.').append(digits, 1, digits.length());
            }
            int exponent = point - 1;
            text.append(exponent < 0 ? "e-" : "e+");
            if (Math.abs(exponent) < 10) {
                text.append('0');
            }
            return text.append(Math.abs(exponent)).toString();
        }
        if (point <= 0) {
            text.append("0.");
            for (int i = point; i < 0; i++) {
                text.append('0');
            }
            return text.append(digits).toString();
        }
        if (point >= digits.length()) {
            text.append(digits);
            for (int i = digits.length(); i < point; i++) {
                text.append('0');
            }
            return text.append(".0").toString();
        }
        return text.append(digits, 0, point).append('.').append(digits, point, digits.length()).toString();
    }

    /** Java's shortest digits; for two of them, the single digit that reads back if there is one, as Python. */
    private static Decimal shortest(double positive) {
        Decimal java = javaDigits(JDK_IS_SHORTEST ? Double.toString(positive) : DoubleToDecimal.toString(positive));
        if (java.digits().length() == 2) {
            int first = java.digits().charAt(0) - '0';
            int exponent = java.pointPosition() - 1;
            if (readsBack(first, exponent, positive) || readsBack(first + 1, exponent, positive)) {
                return exactShortest(positive);
            }
        }
        return java;
    }

    private static boolean readsBack(long digits, int exponent, double value) {
        return Double.parseDouble(digits + "E" + exponent) == value;
    }

    /** The digits and point position of a {@code Double.toString}, e.g. "125" and -4 for "1.25E-5". */
    private static Decimal javaDigits(String text) {
        int length = text.length();
        int e = text.indexOf('E');
        int mantissaEnd = e < 0 ? length : e;
        int exponent = e < 0 ? 0 : Integer.parseInt(text, e + 1, length, 10);
        char[] digits = new char[mantissaEnd];
        int count = 0;
        int beforePoint = mantissaEnd;
        int leadingZeros = 0;
        for (int i = 0; i < mantissaEnd; i++) {
            char c = text.charAt(i);
            if (c == '.') {
                beforePoint = i;
            } else if (c != '0' || count > 0) {
                digits[count++] = c;
            } else {
                leadingZeros++;
            }
        }
        while (count > 1 && digits[count - 1] == '0') {
            count--;
        }
        return new Decimal(new String(digits, 0, count), beforePoint - leadingZeros + exponent);
    }

    /**
     * {@code value}, finite and not zero, with the fewest digits that parse back to it, the nearest among equals,
     * found by exact search: Python's rule itself, used where Java's differs, and by the tests as the reference.
     */
    static String exactRepr(double value) {
        return format(value, exactShortest(Math.abs(value)));
    }

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
                BigDecimal stripped = best.stripTrailingZeros();
                String digits = stripped.unscaledValue().toString();
                return new Decimal(digits, digits.length() - stripped.scale());
            }
        }
        throw new AssertionError("17 significant digits always identify a double: " + value);
    }

    private static BigDecimal distance(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs();
    }
}
