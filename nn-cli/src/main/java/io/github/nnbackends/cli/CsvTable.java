package io.github.nnbackends.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table written as CSV (RFC 4180, but with Unix line ends): a header row, then rows, made as they are written (a
 * run of millions of steps needs no second copy); a number as Python prints it (so {@code nan} and {@code inf} read
 * back in Python and numpy), text quoted where it must be.
 */
record CsvTable(List<String> header, int rows, IntFunction<List<?>> row) implements OutputFile.Content {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    @Override
    public void writeTo(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header);
        for (int i = 0; i < rows; i++) {
            List<?> values = row.apply(i);
            if (values.size() != header.size()) {
                throw new IllegalStateException(values.size() + " values for the " + header.size() + " columns "
                        + header);
            }
            printer.printRecord(values.stream().map(CsvTable::text).toList());
        }
        printer.flush();
    }

    private static Object text(Object value) {
        return value instanceof Double number ? PythonFloat.repr(number) : value == null ? "" : value;
    }
}
