package dev.skyway.portal.compliance.internal.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.FindingsFileException;

/**
 * Prowler's CSV columns, in the names of its versions: 4 and 5 write {@code ACCOUNT_UID}, {@code RESOURCE_UID},
 * {@code FINDING_UID}, {@code TIMESTAMP}; 3 wrote {@code ACCOUNT_ID}, {@code RESOURCE_ARN}, {@code RESOURCE_ID},
 * {@code FINDING_UNIQUE_ID}, {@code ASSESSMENT_START_TIME}; early 4 releases wrote them in lower case. Any case is
 * taken; columns the portal does not read are ignored.
 */
final class ProwlerCsvColumns {

    static final List<String> ACCOUNT = List.of("ACCOUNT_UID", "ACCOUNT_ID");
    static final List<String> CHECK = List.of("CHECK_ID");
    static final List<String> STATUS = List.of("STATUS");
    static final List<String> MUTED = List.of("MUTED");
    static final List<String> SEVERITY = List.of("SEVERITY");
    static final List<String> TITLE = List.of("CHECK_TITLE");
    static final List<String> DETAIL = List.of("STATUS_EXTENDED");
    static final List<String> REGION = List.of("REGION");
    static final List<String> RESOURCE = List.of("RESOURCE_UID", "RESOURCE_ARN", "RESOURCE_NAME", "RESOURCE_ID");
    static final List<String> RESOURCE_TYPE = List.of("RESOURCE_TYPE");
    static final List<String> REMEDIATION = List.of("REMEDIATION_RECOMMENDATION_TEXT");
    static final List<String> REMEDIATION_URL = List.of("REMEDIATION_RECOMMENDATION_URL", "RELATED_URL");
    static final List<String> FINDING_ID = List.of("FINDING_UID", "FINDING_UNIQUE_ID");
    static final List<String> COMPLIANCE = List.of("COMPLIANCE");
    static final List<String> TIME = List.of("TIMESTAMP", "ASSESSMENT_START_TIME");

    private final Map<String, Integer> index;

    /** @throws FindingsFileException naming the required columns the header lacks */
    ProwlerCsvColumns(List<String> header) {
        this.index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip().toUpperCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>();
        for (List<String> required : List.of(CHECK, STATUS, ACCOUNT)) {
            if (required.stream().noneMatch(index::containsKey)) {
                missing.add(String.join(" or ", required));
            }
        }
        if (!missing.isEmpty()) {
            String joined = String.join(", ", header);
            boolean commas = header.size() <= 1 && joined.contains(",");
            throw new FindingsFileException("Not a Prowler CSV: the header lacks " + String.join(", ", missing)
                    + (commas ? " (the header is separated by commas; Prowler's CSV is separated by semicolons)"
                    : ""));
        }
    }

    /** The first of the columns the file has with a non-blank value in this record. */
    @Nullable String get(CSVRecord record, List<String> names) {
        for (String name : names) {
            Integer i = index.get(name);
            if (i != null && i < record.size()) {
                String value = Values.blankToNull(record.get(i));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }
}
