package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PythonFloatTest {

    /** Pairs of random doubles {@link #printsLargeRandomSamplesAsTheExactRuleDoes} compares: 402,000 values. */
    private static final int SAMPLE = 201_000;

    /** float-repr.txt: doubles (as hex) and Python's repr of each, written by tools/make_fixtures.py. */
    static Stream<Arguments> pythonReprs() throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(PythonFloatTest.class.getResourceAsStream("float-repr.txt")),
                StandardCharsets.UTF_8))) {
            return in.lines().filter(line -> !line.startsWith("#")).map(line -> line.split(" "))
                    .map(f -> Arguments.of(f[1], Double.parseDouble(f[0]))).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pythonReprs")
    void printsEveryDoubleAsPythonDoes(String python, double value) {
        assertThat(PythonFloat.repr(value)).isEqualTo(python);
    }

    /**
     * The exact search, the rule the random samples below are checked against and what {@code repr} falls back on,
     * agrees with Python itself: at powers of two, whose shortest digits lie above the nearest (the gap below is
     * half the gap above), and at the smallest subnormals, where Python prints one digit.
     */
    @Test
    void theExactRulePrintsEveryDoubleAsPythonDoes() throws IOException {
        List<Arguments> nonZero = pythonReprs().filter(pair -> (double) pair.get()[1] != 0).toList();
        assertThat(nonZero).hasSizeGreaterThan(5000);
        assertThat(nonZero.stream().map(pair -> PythonFloat.exactRepr((double) pair.get()[1])))
                .containsExactlyElementsOf(nonZero.stream().map(pair -> (String) pair.get()[0]).toList());
    }

    @Test
    void printsTheTutorialsOwnLossesAsItPrintedThem() {
        assertThat(PythonFloat.repr(41360.61046579813)).isEqualTo("41360.61046579813");
        assertThat(PythonFloat.repr(87.0386653373821)).isEqualTo("87.0386653373821");
    }

    @Test
    void printsNonFiniteValuesAsNumpyDoes() {
        assertThat(PythonFloat.repr(Double.NaN)).isEqualTo("nan");
        assertThat(PythonFloat.repr(Double.POSITIVE_INFINITY)).isEqualTo("inf");
        assertThat(PythonFloat.repr(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    }

    /**
     * Every double of a large random sample is printed as Python's own rule, found by exact search, would print it:
     * bit patterns drawn evenly (every exponent), and losses' values, spread over 30 orders of magnitude.
     */
    @Test
    void printsLargeRandomSamplesAsTheExactRuleDoes() {
        SplittableRandom random = new SplittableRandom(20261127);
        int compared = 0;
        for (int i = 0; i < SAMPLE; i++) {
            double bits = Double.longBitsToDouble(random.nextLong());
            double loss = random.nextDouble() * Math.pow(10, random.nextInt(-10, 20));
            for (double value : new double[] {bits, loss}) {
                if (Double.isFinite(value) && value != 0) {
                    assertThat(PythonFloat.repr(value)).as("%s", Double.toHexString(value))
                            .isEqualTo(PythonFloat.exactRepr(value));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(SAMPLE * 2 * 99 / 100);
    }
}
