package dev.skyway.portal.compliance.internal.scores;

import static dev.skyway.schema.compliance.Tables.ATTESTATION;
import static dev.skyway.schema.compliance.Tables.CONTROL_ENABLEMENT;
import static dev.skyway.schema.compliance.Tables.FINDING;
import static dev.skyway.schema.compliance.Tables.WAIVER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;


import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.internal.findings.FindingsVersion;
import dev.skyway.portal.compliance.internal.findings.WaiverMatch;
import dev.skyway.portal.platform.kept.KeptReads;

/**
 * What scores are computed from: each account's control statuses over its open findings that count (not muted in
 * the tool, not waived, not of a control disabled there), and the attestations in force.
 */
@Repository
public class ScoreInputs {

    private final DSLContext db;

    /**
     * Control statuses by their scope, day and the version of what they are read from: at a million findings the
     * read takes seconds, and every compliance page and the security home need it.
     */
    private final KeptReads<StatusKey, Map<String, Map<String, FindingStatus>>> statuses;

    private record StatusKey(@Nullable Set<String> accounts, LocalDate today) {

        static StatusKey of(@Nullable Set<String> accounts, LocalDate today) {
            return new StatusKey(accounts == null ? null : Set.copyOf(accounts), today);
        }
    }

    ScoreInputs(DSLContext db, FindingsVersion version) {
        this.db = db;
        this.statuses = new KeptReads<>(32, FindingsVersion.KEPT_AT_MOST, version::current);
    }

    /**
     * Account id → control key → status, over the findings that count; the maps are read-only.
     *
     * @param accounts absent: every account
     */
    @Transactional(readOnly = true)
    public Map<String, Map<String, FindingStatus>> controlStatuses(@Nullable Set<String> accounts, LocalDate today) {
        if (accounts != null && accounts.isEmpty()) {
            return Map.of();
        }
        return statuses.get(StatusKey.of(accounts, today), key -> read(key.accounts(), key.today()));
    }

    /** Reads {@link #controlStatuses} again now and keeps the result, however young the kept one is. */
    @Transactional(readOnly = true)
    public void readStatusesAgain(@Nullable Set<String> accounts, LocalDate today) {
        statuses.renew(StatusKey.of(accounts, today), key -> read(key.accounts(), key.today()));
    }

    private Map<String, Map<String, FindingStatus>> read(@Nullable Set<String> accounts, LocalDate today) {
        Map<String, Map<String, FindingStatus>> byAccount = new HashMap<>();
        Condition counts = FINDING.RESOLVED_AT.isNull().and(FINDING.MUTED.isFalse());
        // each exclusion only when it can exclude something: against an empty table PostgreSQL plans a nested loop
        // that probes it once per finding, 5.6 of the read's 6.8 s at a million findings (1.2 s without)
        if (db.fetchExists(WAIVER, WaiverMatch.inForce(today))) {
            counts = counts.and(DSL.not(WaiverMatch.waived(today)));
        }
        Condition disabledHere = CONTROL_ENABLEMENT.ENABLED.isFalse().and(CONTROL_ENABLEMENT.STANDARD_ID.eq(""));
        if (db.fetchExists(CONTROL_ENABLEMENT, disabledHere)) {
            counts = counts.and(DSL.notExists(DSL.selectOne().from(CONTROL_ENABLEMENT).where(disabledHere)
                    .and(CONTROL_ENABLEMENT.SOURCE.eq(FINDING.SOURCE))
                    .and(CONTROL_ENABLEMENT.ACCOUNT_ID.eq(FINDING.ACCOUNT_ID))
                    .and(CONTROL_ENABLEMENT.REGION.eq(FINDING.REGION))
                    .and(CONTROL_ENABLEMENT.CONTROL_ID.eq(FINDING.CONTROL_ID))));
        }
        if (accounts != null) {
            counts = counts.and(FINDING.ACCOUNT_ID.in(accounts));
        }
        db.selectDistinct(FINDING.ACCOUNT_ID, FINDING.CONTROL_KEY, FINDING.STATUS).from(FINDING).where(counts)
                .forEach(r -> byAccount.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .merge(r.value2(), FindingStatus.valueOf(r.value3()), FindingStatus::worse));
        Map<String, Map<String, FindingStatus>> readOnly = new HashMap<>();
        byAccount.forEach((account, controls) -> readOnly.put(account, Map.copyOf(controls)));
        return Collections.unmodifiableMap(readOnly);
    }

    /**
     * The requirements of a framework an active attestation covers in a scope: one for every account, or one for each
     * of the scope's accounts.
     */
    @Transactional(readOnly = true)
    public Set<String> attested(UUID frameworkId, Collection<String> scopeAccounts, LocalDate today) {
        return attestations(frameworkId, today).covered(scopeAccounts);
    }

    /** A framework's active attestations, read once for scoring many scopes (the daily snapshot's). */
    @Transactional(readOnly = true)
    public Attested attestations(UUID frameworkId, LocalDate today) {
        Map<String, Set<String>> accountsByRequirement = new HashMap<>();
        Set<String> everywhere = new HashSet<>();
        db.select(ATTESTATION.REQUIREMENT_ID, ATTESTATION.ACCOUNT_ID).from(ATTESTATION)
                .where(ATTESTATION.FRAMEWORK_ID.eq(frameworkId)).and(ATTESTATION.STATUS.eq(WaiverMatch.ACTIVE))
                .and(ATTESTATION.VALID_UNTIL.ge(today)).forEach(r -> {
                    if (r.value2() == null) {
                        everywhere.add(r.value1());
                    } else {
                        accountsByRequirement.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2());
                    }
                });
        return new Attested(Set.copyOf(everywhere), Map.copyOf(accountsByRequirement));
    }

    /**
     * @param everywhere           requirements attested for every account
     * @param accountsByRequirement requirements attested account by account
     */
    public record Attested(Set<String> everywhere, Map<String, Set<String>> accountsByRequirement) {

        /** The requirements covered in a scope: attested for every account, or for each of the scope's accounts. */
        public Set<String> covered(Collection<String> scopeAccounts) {
            if (accountsByRequirement.isEmpty() || scopeAccounts.isEmpty()) {
                return everywhere;
            }
            List<String> covered = new ArrayList<>(everywhere);
            accountsByRequirement.forEach((requirement, accounts) -> {
                if (accounts.containsAll(scopeAccounts)) {
                    covered.add(requirement);
                }
            });
            return Set.copyOf(covered);
        }
    }
}
