package io.github.nnbackends.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void writesAHeaderThenEachRowNumbersAsPythonPrintsThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvTable(List.of("step", "loss", "name"), 2, row -> Arrays.asList(row, row == 0 ? Double.NaN : 0.1,
                row == 0 ? "a, b" : null)).writeTo(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("step,loss,name\n0,nan,\"a, b\"\n1,0.1,\n");
    }

    @Test
    void refusesARowOfTheWrongWidthRatherThanShiftItsColumns() {
        CsvTable table = new CsvTable(List.of("step", "loss", "diff"), 1, row -> List.of(row, 1.5));
        assertThatThrownBy(() -> table.writeTo(new ByteArrayOutputStream())).isInstanceOf(IllegalStateException.class)
                .hasMessage("2 values for the 3 columns [step, loss, diff]");
    }
}
