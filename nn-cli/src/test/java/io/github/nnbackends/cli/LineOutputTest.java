package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineOutputTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long now;

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void gathersLinesThatComeQuickly() {
        LineOutput out = new LineOutput(bytes, false, () -> now);
        out.write("step: 0 loss: 1.5\n");
        now += LineOutput.PUSH_AFTER_NANOS - 1;
        out.write("step: 1 loss: 1.25\n");
        assertThat(written()).isEmpty();
        out.finish();
        assertThat(written()).isEqualTo("step: 0 loss: 1.5\nstep: 1 loss: 1.25\n");
    }

    @Test
    void pushesTheLinesWhenALineComesLate() {
        LineOutput out = new LineOutput(bytes, false, () -> now);
        out.write("step: 0 loss: 1.5\n");
        now += LineOutput.PUSH_AFTER_NANOS;
        out.write("step: 1 ");
        assertThat(written()).as("no line ended since").isEmpty();
        out.write("loss: 1.25\n");
        assertThat(written()).isEqualTo("step: 0 loss: 1.5\nstep: 1 loss: 1.25\n");
    }

    @Test
    void pushesEveryLineToATerminal() {
        LineOutput out = new LineOutput(bytes, true, () -> now);
        out.write("step: 0 lo");
        assertThat(written()).isEmpty();
        out.write("ss: 1.5\nstep: 1");
        assertThat(written()).isEqualTo("step: 0 loss: 1.5\n");
    }

    @Test
    void pushesWholeLinesOnlyWhenMuchWaits() {
        LineOutput out = new LineOutput(bytes, false, () -> now);
        String line = "x".repeat(99) + "\n";
        for (int i = 0; i <= LineOutput.GATHER / line.length(); i++) {
            out.write(line);
        }
        out.write("partial");
        assertThat(written()).hasSize((LineOutput.GATHER / line.length() + 1) * line.length())
                .doesNotContain("partial");
    }

    @Test
    void stopsAfterTheWholeLinesOnASignal() {
        LineOutput out = new LineOutput(bytes, false, () -> now);
        out.write("step: 0 loss: 1.5\nstep: 1 lo");
        out.stop();
        out.write("ss: 1.25\nstep: 2 loss: 1\n");
        out.finish();
        assertThat(written()).isEqualTo("step: 0 loss: 1.5\n");
    }

    @Test
    void aFailedWriteEndsTheRunSayingWhy() {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        LineOutput out = new LineOutput(full, true, () -> now);
        assertThatThrownBy(() -> out.write("step: 0 loss: 1.5\n")).isInstanceOf(OutputFailure.class)
                .hasMessage("No space left on device")
                .satisfies(e -> assertThat(((OutputFailure) e).isClosedPipe()).isFalse());
    }
}
