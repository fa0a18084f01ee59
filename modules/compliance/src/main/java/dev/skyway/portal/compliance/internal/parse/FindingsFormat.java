package dev.skyway.portal.compliance.internal.parse;

/** The findings files the portal reads. */
public enum FindingsFormat {
    /** Prowler's OCSF JSON: an array of Detection Findings (class_uid 2004). */
    OCSF,
    /** The AWS Security Finding Format: {@code {"Findings": [...]}} (or a bare array, as Prowler writes it). */
    ASFF,
    /** Prowler's semicolon-separated CSV. */
    PROWLER_CSV
}
