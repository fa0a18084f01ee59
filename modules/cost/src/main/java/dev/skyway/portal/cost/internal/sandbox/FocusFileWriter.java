package dev.skyway.portal.cost.internal.sandbox;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A gzip CSV file as Data Exports writes it: a header of FOCUS column names, then one line per row; null is an empty
 * field, fields holding a comma, quote or line break are quoted with embedded quotes doubled. The gzip header carries
 * no time stamp, so equal rows give equal bytes.
 */
final class FocusFileWriter implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final CSVPrinter printer;
    private long rows;

    FocusFileWriter(Path file) {
        try {
            printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16),
                    FORMAT);
            printer.printRecord((Object[]) FocusColumn.header());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    void write(FocusRow row) {
        try {
            printer.printRecord(row.cells());
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
