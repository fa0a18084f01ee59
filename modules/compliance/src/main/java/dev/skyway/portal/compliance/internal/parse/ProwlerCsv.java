package dev.skyway.portal.compliance.internal.parse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.FindingResource;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.FindingsFileException;
import dev.skyway.portal.compliance.Remediation;
import dev.skyway.portal.compliance.Severity;

/**
 * Prowler's CSV: separated by semicolons, quoted where a value holds one (or a line break), one finding per row.
 * Short rows read their missing columns as empty; blank rows are skipped.
 */
final class ProwlerCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';')
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    private ProwlerCsv() {
    }

    /** @throws FindingsFileException when the header is not Prowler's */
    static void read(Reader reader, Problems problems, Consumer<ParsedFinding> sink) {
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new FindingsFileException("Not a Prowler CSV: the file is empty");
            }
            ProwlerCsvColumns columns = new ProwlerCsvColumns(records.next().toList());
            long row = 0;
            while (records.hasNext() && !problems.full()) {
                CSVRecord record = records.next();
                row++;
                if (record.toList().stream().allMatch(String::isBlank)) {
                    continue;
                }
                read(record, columns, "row " + row, problems, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new FindingsFileException("Not a readable CSV: " + e.getMessage());
        }
    }

    private static void read(CSVRecord record, ProwlerCsvColumns c, String where, Problems problems,
                             Consumer<ParsedFinding> sink) {
        String account = c.get(record, ProwlerCsvColumns.ACCOUNT);
        String check = c.get(record, ProwlerCsvColumns.CHECK);
        String statusText = c.get(record, ProwlerCsvColumns.STATUS);
        FindingStatus status = status(statusText);
        if (account == null) {
            problems.add(where + ": ACCOUNT_UID is empty");
        }
        if (check == null) {
            problems.add(where + ": CHECK_ID is empty");
        }
        if (status == null) {
            problems.add(where + (statusText == null ? ": STATUS is empty"
                    : ": STATUS must be PASS, FAIL or MANUAL, not '" + Values.truncate(statusText, 40) + "'"));
        }
        if (account == null || check == null || status == null) {
            return;
        }
        String accountId = Normalize.accountId(account);
        boolean muted = "true".equalsIgnoreCase(c.get(record, ProwlerCsvColumns.MUTED))
                || "MUTED".equalsIgnoreCase(statusText);
        var resource = new FindingResource(accountId, Values.firstOr("", c.get(record, ProwlerCsvColumns.REGION)),
                Normalize.resourceId(accountId, c.get(record, ProwlerCsvColumns.RESOURCE)),
                c.get(record, ProwlerCsvColumns.RESOURCE_TYPE));
        var time = Values.instant(c.get(record, ProwlerCsvColumns.TIME));
        sink.accept(new ParsedFinding(Normalize.PROWLER, resource, check,
                Values.firstOr(check, c.get(record, ProwlerCsvColumns.TITLE)),
                c.get(record, ProwlerCsvColumns.DETAIL), Severity.normalize(c.get(record, ProwlerCsvColumns.SEVERITY)),
                status, muted, new Remediation(c.get(record, ProwlerCsvColumns.REMEDIATION),
                c.get(record, ProwlerCsvColumns.REMEDIATION_URL)),
                new ParsedFinding.ToolIds(c.get(record, ProwlerCsvColumns.FINDING_ID), null),
                Requirements.ofCsv(c.get(record, ProwlerCsvColumns.COMPLIANCE)), new ParsedFinding.Observed(time,
                time)));
    }

    /** PASS, FAIL, MANUAL; Prowler 4.0 wrote MUTED for muted failures, 3 wrote INFO for informational checks. */
    private static @Nullable FindingStatus status(@Nullable String text) {
        if (text == null) {
            return null;
        }
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "PASS" -> FindingStatus.PASS;
            case "FAIL", "MUTED" -> FindingStatus.FAIL;
            case "MANUAL" -> FindingStatus.MANUAL;
            case "INFO", "WARNING" -> FindingStatus.NOT_AVAILABLE;
            default -> null;
        };
    }
}
