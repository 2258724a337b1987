package io.github.nnbackends.cli;

import java.util.Arrays;

/** The median of timings: the middle one, or the mean of the two middle ones. */
final class Median {

    private Median() {
    }

    /** The median of {@code values}, which it sorts. */
    static double of(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
