/**
 * Reading findings files: Prowler's OCSF JSON (Detection Findings) and semicolon-separated CSV, and ASFF (AWS
 * Security Finding Format) from Security Hub or any other tool, streamed one finding at a time, with the quirks of
 * real files taken in stride (byte order marks, UTF-16, missing optional fields, extra fields, trailing commas).
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.parse;
