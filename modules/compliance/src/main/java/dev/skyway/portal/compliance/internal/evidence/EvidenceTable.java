package dev.skyway.portal.compliance.internal.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.ui.kit.CsvExport;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * One of the pack's tables: named columns over rows, written as CSV (the portal's CSV export, formula-safe) and as a
 * JSON array of objects with the same names, numbers and booleans kept as such.
 */
final class EvidenceTable<T> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final List<String> headers = new ArrayList<>();
    private final List<Function<T, ?>> values = new ArrayList<>();

    EvidenceTable(String name) {
        this.name = name;
    }

    /** The files' base name, e.g. {@code findings} for findings.csv and findings.json. */
    String name() {
        return name;
    }

    EvidenceTable<T> column(String header, Function<T, ?> value) {
        headers.add(header);
        values.add(value);
        return this;
    }

    long csv(Stream<T> rows, OutputStream out) throws IOException {
        CsvExport<T> export = new CsvExport<>();
        for (int i = 0; i < headers.size(); i++) {
            Function<T, ?> value = values.get(i);
            export.column(headers.get(i), row -> plain(value.apply(row)));
        }
        AtomicLong count = new AtomicLong();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        export.write(rows.peek(row -> count.incrementAndGet()), writer);
        writer.flush();
        return count.get();
    }

    long json(Stream<T> rows, OutputStream out) throws IOException {
        long count = 0;
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            for (T row : (Iterable<T>) rows::iterator) {
                json.writeStartObject();
                for (int i = 0; i < headers.size(); i++) {
                    json.writeName(headers.get(i));
                    write(json, plain(values.get(i).apply(row)));
                }
                json.writeEndObject();
                count++;
            }
            json.writeEndArray();
        }
        return count;
    }

    private static void write(JsonGenerator json, @Nullable Object value) {
        switch (value) {
            case null -> json.writeNull();
            case Boolean b -> json.writeBoolean(b);
            case Integer i -> json.writeNumber(i);
            case Long l -> json.writeNumber(l);
            case Short s -> json.writeNumber(s);
            default -> json.writeString(value.toString());
        }
    }

    /** Times as ISO-8601 instants, ids and dates as text: the same in both files. */
    private static @Nullable Object plain(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime t -> t.toInstant().toString();
            case Instant t -> t.toString();
            case LocalDate d -> d.toString();
            case UUID id -> id.toString();
            case Enum<?> e -> e.name();
            default -> value;
        };
    }
}
