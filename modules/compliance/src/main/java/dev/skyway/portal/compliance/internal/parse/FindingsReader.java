package dev.skyway.portal.compliance.internal.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.FindingsFileException;

import tools.jackson.databind.JsonNode;

/**
 * Reads a findings file: Prowler OCSF JSON, ASFF JSON or Prowler CSV, as the body's declared type says (JSON or
 * CSV) and its content tells. Every finding is handed to a sink as it is read; problems are collected (up to a
 * screenful) and thrown at the end, so reading once with a sink that keeps nothing validates a file.
 */
public final class FindingsReader {

    /** What the uploader said the body is. */
    public enum Declared { JSON, CSV }

    private FindingsReader() {
    }

    /**
     * @throws FindingsFileException naming why the file is not one the portal reads, or every finding that is
     *                               unreadable
     */
    public static ReadSummary read(Path file, Declared declared, Consumer<ParsedFinding> sink) {
        TextInput text = TextInput.of(file);
        if (text.firstChar() == TextInput.NONE) {
            throw new FindingsFileException("The file is empty");
        }
        Counting counting = new Counting(sink);
        Problems problems = new Problems();
        FindingsFormat format;
        try {
            if (declared == Declared.CSV) {
                if (text.looksLikeJson()) {
                    throw new FindingsFileException("The body is JSON: send OCSF or ASFF findings with "
                            + "Content-Type application/json");
                }
                try (Reader reader = text.reader(file)) {
                    ProwlerCsv.read(reader, problems, counting);
                }
                format = FindingsFormat.PROWLER_CSV;
            } else {
                if (!text.looksLikeJson()) {
                    throw new FindingsFileException("The body is not JSON: send Prowler's CSV with Content-Type "
                            + "text/csv");
                }
                JsonElements elements = new JsonElements(problems, counting);
                try (InputStream in = text.bytes(file)) {
                    JsonFindings.walk(in, elements);
                }
                format = elements.format == null ? FindingsFormat.OCSF : elements.format;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.throwIfAny();
        return new ReadSummary(format, counting.findings, counting.skipped,
                Collections.unmodifiableSortedSet(counting.sources),
                Collections.unmodifiableSortedSet(counting.accounts));
    }

    /** Decides each JSON element's format (the first one decides the file's) and reads it. */
    private static final class JsonElements implements JsonFindings.Elements {

        private final Problems problems;
        private final Counting counting;
        private @Nullable FindingsFormat format;

        JsonElements(Problems problems, Counting counting) {
            this.problems = problems;
            this.counting = counting;
        }

        @Override
        public void element(JsonNode node, long position) {
            if (problems.full()) {
                return;
            }
            String where = "finding " + position;
            if (!node.isObject()) {
                problems.add(where + " is not a JSON object");
                return;
            }
            FindingsFormat own = OcsfFinding.looksLike(node) ? FindingsFormat.OCSF
                    : AsffFinding.looksLike(node) ? FindingsFormat.ASFF : null;
            if (own == null) {
                problems.add(where + " is neither OCSF (class_uid, metadata.event_code) nor ASFF (SchemaVersion, "
                        + "AwsAccountId)");
                return;
            }
            if (format == null) {
                format = own;
            } else if (own != format) {
                problems.add(where + " is " + own + " but the file's first finding is " + format);
                return;
            }
            if (own == FindingsFormat.OCSF) {
                OcsfFinding.read(node, where, problems, counting);
            } else if (!AsffFinding.read(node, where, problems, counting)) {
                counting.skipped++;
            }
        }
    }

    /** Passes findings on and counts what they cover. */
    private static final class Counting implements Consumer<ParsedFinding> {

        private final Consumer<ParsedFinding> sink;
        private final SortedSet<String> sources = new TreeSet<>();
        private final SortedSet<String> accounts = new TreeSet<>();
        private long findings;
        private long skipped;

        Counting(Consumer<ParsedFinding> sink) {
            this.sink = sink;
        }

        @Override
        public void accept(ParsedFinding finding) {
            findings++;
            sources.add(finding.source());
            accounts.add(finding.resource().accountId());
            sink.accept(finding);
        }
    }
}
