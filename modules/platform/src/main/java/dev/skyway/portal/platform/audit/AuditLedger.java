package dev.skyway.portal.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.platform.audit.internal.AuditChainVerifier;
import dev.skyway.portal.platform.audit.internal.AuditEntries;
import dev.skyway.portal.platform.audit.internal.AuditHashing;
import dev.skyway.portal.platform.audit.internal.AuditKeys;
import dev.skyway.portal.platform.audit.internal.AuditHashing.StoredFields;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * The audit ledger's facade. Appending joins the caller's transaction, so an entry exists exactly when the change
 * it records was committed. Reading the ledger is for {@code SECURITY} and {@code PLATFORM_ADMIN}.
 */
@Service
public class AuditLedger {

    private final AuditEntries entries;
    private final AuditChainVerifier verifier;
    private final AuditKeys keys;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLedger(AuditEntries entries, AuditChainVerifier verifier, AuditKeys keys, CurrentUser currentUser,
                Clock clock) {
        this.entries = entries;
        this.verifier = verifier;
        this.keys = keys;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Appends an entry acted by the current user (or the system when nobody is authenticated). */
    @Transactional
    public AuditEntry append(AuditRecord record) {
        PortalUser user = currentUser.getOrSystem();
        return append(new AuditActor(user.issuer(), user.subject(), user.name()), record, null);
    }

    /**
     * Appends an entry for an explicit actor. When {@code eventId} is given and already in the ledger, nothing is
     * appended and nothing is returned (redelivered events are recorded once).
     */
    @Transactional
    public @Nullable AuditEntry append(AuditActor actor, AuditRecord record, @Nullable String eventId) {
        AuditEntries.ChainHead head = entries.lockHead(AuditEntries.MAIN_CHAIN);
        if (eventId != null && entries.containsEvent(eventId)) {
            return null;
        }
        Instant now = AuditHashing.normalize(clock.instant());
        StoredFields fields = new StoredFields(AuditEntries.MAIN_CHAIN, head.lastSeq() + 1, now, actor.issuer(),
                actor.subject(), actor.name(), record.action(), record.targetType(), record.targetId(),
                AuditHashing.detailsJson(record.details()), record.correlationId(), eventId);
        String hash = AuditHashing.hash(head.lastHash(), fields);
        String keyId = keys.activeKeyId();
        entries.insert(fields, head.lastHash(), hash, keyId, AuditHashing.mac(keys, keyId, head.lastHash(), fields));
        return new AuditEntry(fields.seq(), now, actor.issuer(), actor.subject(), actor.name(), record.action(),
                record.targetType(), record.targetId(), fields.details(), record.correlationId(), head.lastHash(),
                hash, keyId);
    }

    /** Newest first. */
    @PreAuthorize("hasAnyRole('SECURITY', 'PLATFORM_ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        return entries.find(query, offset, Math.clamp(limit, 0, 10_000));
    }

    @PreAuthorize("hasAnyRole('SECURITY', 'PLATFORM_ADMIN')")
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        return entries.count(query);
    }

    /**
     * Checks the whole chain (links, hashes, HMACs, and the last anchor recorded in the database, if any) and records
     * the check itself in the ledger.
     */
    @PreAuthorize("hasAnyRole('SECURITY', 'PLATFORM_ADMIN')")
    @Transactional
    public ChainVerification verify() {
        return recorded(verifier.verify(AuditEntries.MAIN_CHAIN));
    }

    /**
     * As {@link #verify()}, but compares the chain with {@code anchor}, e.g. the head an auditor read from the S3
     * anchor object or the anchor log line, instead of the copy in the database.
     *
     * @throws IllegalArgumentException when the anchor's sequence number or hash is malformed
     */
    @PreAuthorize("hasAnyRole('SECURITY', 'PLATFORM_ADMIN')")
    @Transactional
    public ChainVerification verify(AuditAnchor anchor) {
        // checked here, after the role check, so that a caller without the role learns nothing from a 400
        if (anchor.seq() < 1) {
            throw new IllegalArgumentException("seq: an anchor's sequence number is 1 or more");
        }
        if (anchor.hash() == null || !anchor.hash().matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("hash: an anchor's hash is 64 lowercase hexadecimal digits");
        }
        return recorded(verifier.verify(AuditEntries.MAIN_CHAIN, anchor));
    }

    private ChainVerification recorded(ChainVerification result) {
        Map<String, Object> details = new TreeMap<>();
        details.put("intact", result.intact());
        details.put("checked", result.checked());
        details.put("legacyEntries", result.legacyEntries());
        if (result.anchorSeq() != null) {
            details.put("anchorSeq", result.anchorSeq());
        }
        if (!result.intact()) {
            details.put("brokenAtSeq", result.brokenAtSeq());
            details.put("reason", result.reason().name());
            details.put("problem", result.problem());
        }
        append(AuditRecord.of("audit.chain-verified", "audit-ledger", AuditEntries.MAIN_CHAIN, details));
        return result;
    }

    /**
     * Entries per day over the last {@code days} days (today included) in {@code zone}: the whole ledger for
     * {@code SECURITY} and {@code PLATFORM_ADMIN}, the caller's own entries for everyone else. Days without
     * entries are included with a count of 0.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DailyCount> activityPerDay(int days, ZoneId zone) {
        PortalUser user = currentUser.get();
        boolean everything = user.hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, Long> counts = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            counts.put(day, 0L);
        }
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
        for (Instant time : entries.times(from, to, everything ? null : user.issuer(),
                everything ? null : user.subject())) {
            counts.merge(time.atZone(zone).toLocalDate(), 1L, Long::sum);
        }
        return counts.entrySet().stream().map(e -> new DailyCount(e.getKey(), e.getValue())).toList();
    }
}
