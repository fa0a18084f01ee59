package dev.skyway.portal.cost.internal.aws;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where AWS Data Exports puts a delivery's manifest (CUR 2.0, FOCUS 1.0 and 1.2 exports alike):
 * {@code <prefix>/<export-name>/metadata/BILLING_PERIOD=YYYY-MM/<export-name>-Manifest.json}, the data files sitting
 * beside it under {@code <prefix>/<export-name>/data/BILLING_PERIOD=YYYY-MM/}. One folder between the partition and
 * the file is accepted too, for exports that keep every execution instead of overwriting the last.
 *
 * @param exportRoot    the key up to and including {@code <export-name>/}; empty at the bucket's root
 * @param billingPeriod the partition's YYYY-MM
 * @param exportName    the export's name, from the manifest's file name
 */
record ExportManifestKey(String exportRoot, String billingPeriod, String exportName) {

    private static final Pattern MANIFEST = Pattern.compile(
            "^(?<root>(?:.*/)?)metadata/BILLING_PERIOD=(?<period>\\d{4}-(?:0[1-9]|1[0-2]))/(?:[^/]+/)?"
                    + "(?<name>[^/]+)-Manifest\\.json$");

    /** The manifest a key names, if it names one. */
    static Optional<ExportManifestKey> of(String key) {
        Matcher matcher = MANIFEST.matcher(key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ExportManifestKey(matcher.group("root"), matcher.group("period"),
                matcher.group("name")));
    }
}
