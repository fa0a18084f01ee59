package dev.skyway.portal.compliance;

/** What an uploaded findings body is said to be (its content type). */
public enum UploadType {
    /** Prowler's OCSF array, or ASFF ({@code {"Findings": [...]}}). */
    JSON,
    /** Prowler's semicolon-separated CSV. */
    CSV
}
