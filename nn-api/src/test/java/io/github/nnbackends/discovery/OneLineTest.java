package io.github.nnbackends.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OneLineTest {

    @Test
    void namesTheTypeAndMessageAndTheRootCauses() {
        assertThat(OneLine.of(new IllegalStateException())).isEqualTo("IllegalStateException");
        assertThat(OneLine.of(new IllegalStateException("no library"))).isEqualTo("IllegalStateException: no library");
        assertThat(OneLine.of(new RuntimeException("outer", new IllegalArgumentException("middle",
                new IOException("disk\n  full"))))).isEqualTo("RuntimeException: outer (caused by IOException: disk full)");
        assertThat(OneLine.of(new ExceptionInInitializerError(new IOException())))
                .isEqualTo("ExceptionInInitializerError (caused by IOException)");
    }

    @Test
    void keepsOneLineAsItIsButForSpaceAtItsEnds() {
        assertThat(OneLine.ofText("  one line\tof text ")).isEqualTo("one line\tof text");
        assertThat(OneLine.ofText(null)).isNull();
    }

    /** Every line break Java's \R knows, first in the text and again inside it. */
    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u000B", "\f"})
    void joinsTheLinesOfTextWithOneSpaceWhateverTheLineBreak(String lineBreak) {
        assertThat(OneLine.ofText(lineBreak + "first" + lineBreak + "  second " + lineBreak + lineBreak + "third"))
                .isEqualTo("first second third");
    }

    @Test
    void aFailuresMessageOfManyLinesIsOneLineWhateverItsLineBreaks() {
        assertThat(OneLine.of(new java.io.IOException("disk\u2028full\u0085now\n\nend")))
                .isEqualTo("IOException: disk full now end");
    }
}
