package dev.skyway.portal.compliance.internal.aws;

/** Which Security Hub API the findings are read with. */
public enum FindingsApi {

    /** {@code GetFindings}: the AWS Security Finding Format of Security Hub CSPM. */
    ASFF,

    /**
     * {@code GetFindingsV2}: OCSF, as the newer Security Hub serves it (needs it enabled in the aggregation Region).
     * Record states do not exist there; the waiver mirror ({@code BatchUpdateFindings}) stays on ASFF ids.
     */
    OCSF
}
