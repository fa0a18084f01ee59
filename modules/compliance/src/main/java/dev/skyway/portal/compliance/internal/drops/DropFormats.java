package dev.skyway.portal.compliance.internal.drops;

import java.util.Locale;
import java.util.Optional;

import dev.skyway.portal.compliance.internal.parse.FindingsReader;

/**
 * Which dropped files are findings files, told by their name as an upload is by its content type: {@code .json}
 * (Prowler's {@code .ocsf.json}, or ASFF's {@code .asff.json}: the reader tells them apart by content) and
 * {@code .csv} (Prowler's semicolon CSV). Prowler's other outputs (HTML reports, and the per-framework CSVs it writes
 * under {@code compliance/}) are not findings and are left alone.
 */
final class DropFormats {

    private DropFormats() {
    }

    static Optional<FindingsReader.Declared> of(String key) {
        String name = key.toLowerCase(Locale.ROOT);
        if (name.startsWith("compliance/") || name.contains("/compliance/")) {
            return Optional.empty();
        }
        if (name.endsWith(".json")) {
            return Optional.of(FindingsReader.Declared.JSON);
        }
        if (name.endsWith(".csv")) {
            return Optional.of(FindingsReader.Declared.CSV);
        }
        return Optional.empty();
    }
}
