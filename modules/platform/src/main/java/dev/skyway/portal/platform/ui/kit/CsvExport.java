package dev.skyway.portal.platform.ui.kit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * The one CSV exporter: named columns over a stream of rows (typically the same filtered query the grid shows,
 * unpaged). Cells that start with {@code = + - @} are prefixed with a quote so spreadsheets do not run them as
 * formulas.
 */
public final class CsvExport<T> {

    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("-\\d+(\\.\\d+)?");

    private final List<String> headers = new ArrayList<>();
    private final List<Function<T, ?>> values = new ArrayList<>();

    public CsvExport<T> column(String header, Function<T, ?> value) {
        headers.add(header);
        values.add(value);
        return this;
    }

    /** Writes and flushes; the caller owns (and closes) {@code out}. */
    public void write(Stream<T> rows, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(headers.toArray(String[]::new)).get());
        for (T row : (Iterable<T>) rows::iterator) {
            List<String> cells = new ArrayList<>(values.size());
            for (Function<T, ?> value : values) {
                cells.add(safe(value.apply(row)));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /** A download link that writes the rows when clicked; {@code rows} is called per download. */
    public Anchor downloadLink(String label, String fileName, java.util.function.Supplier<Stream<T>> rows) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=utf-8");
            Writer writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            try (Stream<T> stream = rows.get()) {
                write(stream, writer);
            }
            writer.flush();
        };
        Anchor anchor = new Anchor(handler, "");
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(" " + label);
        anchor.addClassName("csv-export");
        return anchor;
    }

    /**
     * Defuses a cell a spreadsheet would run as a formula. A plain number such as {@code -2.73} stays a number:
     * it runs nothing, and refunds, credits and falling trends must stay summable.
     */
    static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches()) {
            return "'" + text;
        }
        return text;
    }
}
