package dev.skyway.portal.compliance.internal.aws;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which findings to read. Every non-empty list is one filter whose values are alternatives (OR); filters combine
 * with AND.
 *
 * @param updatedSince        only findings updated at or after this time (the incremental sync); absent for all
 * @param recordStates        {@code ACTIVE}, {@code ARCHIVED}; ignored by the OCSF API, which has no record state
 * @param productNames        e.g. {@code Security Hub} for its control findings only
 * @param complianceStatuses  {@code PASSED}, {@code FAILED}, {@code WARNING}, {@code NOT_AVAILABLE}
 * @param securityControlIds  e.g. {@code S3.8}
 * @param accountIds          the accounts whose findings are read
 */
public record HubFindingQuery(@Nullable Instant updatedSince, List<String> recordStates, List<String> productNames,
                              List<String> complianceStatuses, List<String> securityControlIds,
                              List<String> accountIds) {

    /** Security Hub's own product name on its control findings. */
    public static final String SECURITY_HUB = "Security Hub";

    public HubFindingQuery {
        recordStates = List.copyOf(recordStates);
        productNames = List.copyOf(productNames);
        complianceStatuses = List.copyOf(complianceStatuses);
        securityControlIds = List.copyOf(securityControlIds);
        accountIds = List.copyOf(accountIds);
    }

    /** A full sync of Security Hub's control findings: the active ones. */
    public static HubFindingQuery controlFindings() {
        return new HubFindingQuery(null, List.of("ACTIVE"), List.of(SECURITY_HUB), List.of(), List.of(), List.of());
    }

    /**
     * Only findings updated since {@code since}, archived ones included: a finding archived since the last sync
     * (its resource deleted, its control disabled) must reach the portal too, or it would count forever. Pass a
     * {@code since} a few minutes before the last sync's newest {@code UpdatedAt}: Security Hub's index is
     * eventually consistent.
     */
    public HubFindingQuery updatedSince(Instant since) {
        return new HubFindingQuery(since, List.of("ACTIVE", "ARCHIVED"), productNames, complianceStatuses,
                securityControlIds, accountIds);
    }

    public HubFindingQuery forAccounts(List<String> accounts) {
        return new HubFindingQuery(updatedSince, recordStates, productNames, complianceStatuses, securityControlIds,
                accounts);
    }

    public HubFindingQuery withComplianceStatuses(List<String> statuses) {
        return new HubFindingQuery(updatedSince, recordStates, productNames, statuses, securityControlIds,
                accountIds);
    }

    public HubFindingQuery forControls(List<String> controlIds) {
        return new HubFindingQuery(updatedSince, recordStates, productNames, complianceStatuses, controlIds,
                accountIds);
    }
}
