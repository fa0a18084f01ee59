/**
 * Findings files dropped in a place the portal watches: Prowler's OCSF JSON or CSV, or ASFF, under an S3 prefix (AWS
 * mode) or in a local directory (the sandbox, or a mounted volume). A scheduled job imports each new file version
 * once through the same import service as uploads and remembers it ({@code dropped_file}).
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.drops;
