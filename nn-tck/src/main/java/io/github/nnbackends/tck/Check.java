package io.github.nnbackends.tck;

import static org.assertj.core.api.Assertions.fail;

import java.util.function.IntFunction;

/**
 * Compares a backend's values with the kit's, element by element, and fails with what an author needs to find the
 * fault: the case, the element (row, column, row-major index), the expected and the actual value, and how many more
 * elements differ. NaN equals NaN; an infinity equals only itself.
 */
final class Check {

    /** Whether the sign of a zero counts. */
    enum Zeros {
        /** Elementwise operations are one IEEE operation per element: the sign is determined, and checked. */
        SIGNED,
        /** A sum's zero may come out either sign, by the order of its terms: 0.0 equals −0.0. */
        EITHER_SIGN
    }

    private Check() {
    }

    /** Fails unless {@code actual} has {@code expected}'s values, for a rows×cols matrix, naming {@code what}. */
    static void sameValues(String what, int rows, int cols, double[] expected, double[] actual, Zeros zeros) {
        sameValues(what, rows, cols, expected, actual, zeros, index -> "");
    }

    /**
     * The same, and the failure also says what the element was computed from: {@code inputs} of its index, such as
     * {@code "x = NaN, y = 1.5"}.
     */
    static void sameValues(String what, int rows, int cols, double[] expected, double[] actual, Zeros zeros,
            IntFunction<String> inputs) {
        if (actual.length != expected.length) {
            fail("%s: expected %d values (%d×%d), got %d", what, expected.length, rows, cols, actual.length);
        }
        int first = -1;
        int differing = 0;
        for (int i = 0; i < expected.length; i++) {
            if (!same(expected[i], actual[i], zeros)) {
                differing++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (first >= 0) {
            String from = inputs.apply(first);
            fail("%s: element [%d,%d] (index %d)%s should be %s but is %s%s", what, first / cols, first % cols, first,
                    from.isEmpty() ? "" : ", from " + from + ",", text(expected[first]), text(actual[first]),
                    differing > 1 ? "; " + (differing - 1) + " more of the " + expected.length + " elements differ"
                            : "");
        }
    }

    /**
     * Fails unless each of {@code actual} is within its bound of {@code expected}, for a rows×cols matrix, naming
     * {@code what}.
     */
    static void withinBounds(String what, int rows, int cols, double[] expected, double[] actual, double[] bounds) {
        int first = -1;
        int differing = 0;
        for (int i = 0; i < expected.length; i++) {
            if (!(Math.abs(actual[i] - expected[i]) <= bounds[i])) {
                differing++;
                first = first < 0 ? i : first;
            }
        }
        if (first >= 0) {
            fail("%s: element [%d,%d] (index %d) should be %s within %s (any order of summation) but is %s, %s off%s",
                    what, first / cols, first % cols, first, text(expected[first]), text(bounds[first]),
                    text(actual[first]), text(Math.abs(actual[first] - expected[first])),
                    differing > 1 ? "; " + (differing - 1) + " more of the " + expected.length + " elements differ"
                            : "");
        }
    }

    /** Runs {@code operation}; if the backend throws, fails naming {@code what}, the exception its cause. */
    static void running(String what, Runnable operation) {
        try {
            operation.run();
        } catch (AssertionError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            throw new AssertionError(what + ": the backend threw " + e, e);
        }
    }

    /** Fails unless {@code actual} is {@code expected}, naming {@code what}. */
    static void sameValue(String what, double expected, double actual, Zeros zeros) {
        if (!same(expected, actual, zeros)) {
            fail("%s: should be %s but is %s", what, text(expected), text(actual));
        }
    }

    static boolean same(double expected, double actual, Zeros zeros) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        if (zeros == Zeros.SIGNED) {
            return Double.doubleToRawLongBits(expected) == Double.doubleToRawLongBits(actual);
        }
        return expected == actual;
    }

    /** A value as an author reads it: the shortest decimal, and −0.0 visibly signed. */
    static String text(double value) {
        return Double.toString(value);
    }
}
