package dev.skyway.portal.catalog.internal;

/** The one wording of a duplicate-key warning, for the JSON and the YAML reader alike. */
final class Duplicates {

    private Duplicates() {
    }

    /** CloudFormation accepts a duplicate key and uses its last value: so does the portal, and says so. */
    static String warning(String key, int line, int firstLine) {
        return "Duplicate key \"" + key + "\" at line " + line + " (first at line " + firstLine
                + "): CloudFormation uses the last value, the earlier one is ignored";
    }
}
