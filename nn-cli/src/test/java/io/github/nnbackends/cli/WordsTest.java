package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void listsAsASentenceDoes() {
        assertThat(Words.list(List.of())).isEmpty();
        assertThat(Words.list(List.of("a"))).isEqualTo("a");
        assertThat(Words.list(List.of("a", "b"))).isEqualTo("a and b");
        assertThat(Words.list(List.of("a", "b", "c"), "or")).isEqualTo("a, b or c");
    }

    @Test
    void writesSizesInTheUnitsOfXmx() {
        assertThat(Words.bytes(0)).isEqualTo("0 bytes");
        assertThat(Words.bytes(1023)).isEqualTo("1023 bytes");
        assertThat(Words.bytes(1024)).isEqualTo("1.0 KiB");
        assertThat(Words.bytes(64L << 20)).isEqualTo("64.0 MiB");
        assertThat(Words.bytes((long) (44.75 * (1L << 30)))).isEqualTo("44.8 GiB");
        assertThat(Words.bytes(Long.MAX_VALUE)).isEqualTo("8.0 EiB");
    }

    @Test
    void roundsHalfUp() {
        assertThat(Words.fixed(0.125, 2)).isEqualTo("0.13");
        assertThat(Words.fixed(2, 3)).isEqualTo("2.000");
        assertThat(Words.fixed(0.0625, 3)).isEqualTo("0.063");
        assertThat(Words.fixed(0, 3)).isEqualTo("0.000");
        assertThat(Words.fixed(0.0005, 3)).isEqualTo("0.001");
        assertThat(Words.fixed(0.0004999, 3)).isEqualTo("0.000");
        assertThat(Words.fixed(64.47, 1)).isEqualTo("64.5");
        assertThat(Words.fixed(1234.5678, 0)).isEqualTo("1235");
        assertThat(Words.fixed(0.129, 3)).isEqualTo("0.129");
        assertThat(Words.fixed(-0.125, 2)).isEqualTo("-0.13");
        assertThat(Words.fixed(-0.0001, 3)).as("no minus for a zero").isEqualTo("0.000");
        assertThat(Words.fixed(0.5005, 3)).as("500.4999... thousandths").isEqualTo("0.500");
        assertThat(Words.fixed(Double.NaN, 1)).isEqualTo("NaN");
        assertThat(Words.fixed(Double.NEGATIVE_INFINITY, 1)).isEqualTo("-Infinity");
        assertThat(Words.fixed(1e9 + 0.25, 1)).isEqualTo("1000000000.3");
    }
}
