package io.github.nnbackends.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpiVersionTest {

    @Test
    void runsItsOwnMajorAtTheSameOrAnOlderMinor() {
        SpiVersion nn = new SpiVersion(2, 3);
        assertThat(nn.runs(new SpiVersion(2, 3))).isTrue();
        assertThat(nn.runs(new SpiVersion(2, 0))).isTrue();
        assertThat(nn.runs(new SpiVersion(2, 4))).as("a provider may use what a newer minor added").isFalse();
        assertThat(nn.runs(new SpiVersion(1, 9))).isFalse();
        assertThat(nn.runs(new SpiVersion(3, 0))).isFalse();
    }

    @Test
    void readsWhatItWrites() {
        assertThat(SpiVersion.parse(SpiVersion.CURRENT)).isEqualTo(SpiVersion.current());
        assertThat(SpiVersion.current()).hasToString(SpiVersion.CURRENT);
        assertThat(SpiVersion.parse("10.25")).isEqualTo(new SpiVersion(10, 25));
        assertThat(SpiVersion.parse("0.0")).isEqualTo(new SpiVersion(0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "2.0.1", "two", "2.", ".0", "-1.0", "2.-1", "2.0 ", "+2.0", "2.+0", "٢.0"})
    void refusesAnythingButTwoWholeNumbers(String text) {
        assertThatThrownBy(() -> SpiVersion.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an SPI version");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> SpiVersion.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
