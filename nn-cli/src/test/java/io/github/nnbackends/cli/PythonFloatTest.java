package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PythonFloatTest {

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
}
