package dev.skyway.portal.cost.ui;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.CostImport;

/** What became of one uploaded file, in words for the person who uploaded it. */
record UploadOutcome(String fileName, Kind kind, String message, @Nullable CostImport costImport) {

    enum Kind { STARTED, DUPLICATE, NOT_FOCUS, REJECTED, FAILED }

    static final String ACCEPTED_TYPES = "only .csv, .csv.gz and .parquet files can be imported";

    /** The facade's format for a file name; absent for a type it does not read. */
    static @Nullable String format(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv.gz") || name.endsWith(".csv.gzip") || name.endsWith(".gz")) {
            return "CSV_GZIP";
        }
        if (name.endsWith(".csv")) {
            return "CSV";
        }
        if (name.endsWith(".parquet") || name.endsWith(".snappy.parquet")) {
            return "PARQUET";
        }
        return null;
    }

    static UploadOutcome started(String fileName, CostImport costImport) {
        return new UploadOutcome(fileName, Kind.STARTED, fileName + ": importing"
                + (costImport.focusVersion() == null ? "" : " (FOCUS " + costImport.focusVersion() + ")")
                + ". The list below shows when it is done.", costImport);
    }

    static UploadOutcome duplicate(String fileName, CostImport earlier) {
        return new UploadOutcome(fileName, Kind.DUPLICATE, fileName + ": Already imported — nothing changed.",
                earlier);
    }

    static UploadOutcome notFocus(String fileName, List<String> missingColumns, String reason) {
        return new UploadOutcome(fileName, Kind.NOT_FOCUS, missingColumns.isEmpty()
                ? fileName + " is not a FOCUS file: " + reason
                : fileName + " is not a FOCUS file: it lacks the columns " + String.join(", ", missingColumns)
                        + ". Nothing was imported.", null);
    }

    static UploadOutcome rejected(String fileName) {
        return new UploadOutcome(fileName, Kind.REJECTED, fileName + ": " + ACCEPTED_TYPES + ".", null);
    }

    static UploadOutcome failed(String fileName, String reason) {
        return new UploadOutcome(fileName, Kind.FAILED, fileName + " could not be imported: " + reason, null);
    }

    boolean isError() {
        return kind == Kind.NOT_FOCUS || kind == Kind.REJECTED || kind == Kind.FAILED;
    }
}
