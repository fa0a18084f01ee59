package dev.skyway.portal.compliance;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.skyway.portal.compliance.internal.AccountScopes;
import dev.skyway.portal.compliance.internal.evidence.EvidencePackWriter;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;
import dev.skyway.portal.platform.audit.AuditEntry;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.audit.ChainVerification;
import dev.skyway.portal.platform.identity.CurrentUser;

/**
 * Evidence packs for auditors (security and platform admins: a pack cites the audit ledger, which only they read):
 * a framework's scores, requirement results, findings, waivers and attestations over every account, one account or
 * a team's accounts, each as CSV and JSON in a ZIP, with a manifest of the files' SHA-256 and of the audit-ledger
 * entries that vouch for the pack's waivers, attestations, imports and framework, and the chain's head after a
 * verification of the chain. The export itself is then recorded in the ledger with the manifest's SHA-256.
 */
@Service
public class ComplianceEvidence {

    static final String EXPORTED = "compliance.evidence-exported";

    private final FrameworkRows frameworks;
    private final AccountScopes scopes;
    private final EvidencePackWriter writer;
    private final AuditLedger audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ComplianceEvidence(FrameworkRows frameworks, AccountScopes scopes, EvidencePackWriter writer, AuditLedger audit,
                       CurrentUser currentUser, Clock clock) {
        this.frameworks = frameworks;
        this.scopes = scopes;
        this.writer = writer;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Checks what is asked for, before anything is written.
     *
     * @param accountId one account (12 digits); absent with {@code team} absent: every account
     * @param team      the accounts whose owner team this is
     * @throws NoSuchElementException          when there is no such framework
     * @throws InvalidComplianceQueryException naming {@code accountId} or {@code teamId}: malformed, both given, or
     *                                         a team that owns no account
     */
    @PreAuthorize(Roles.SECURITY)
    public EvidencePack plan(UUID frameworkId, @Nullable String accountId, @Nullable String team) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (accountId != null && team != null) {
            problems.put("teamId", "give accountId or teamId, not both");
        } else if (accountId != null && !accountId.matches("\\d{12}")) {
            problems.put("accountId", "must be an AWS account id (12 digits)");
        }
        Framework framework = frameworks.find(frameworkId)
                .orElseThrow(() -> new NoSuchElementException("No framework " + frameworkId));
        AccountScopes.Visibility visibility = scopes.visibility();
        @Nullable Set<String> accounts = null;
        if (problems.isEmpty()) {
            accounts = scopes.accounts(new ScoreScope(accountId, team, null), visibility);
            if (team != null && (accounts == null || accounts.isEmpty())) {
                problems.put("teamId", "no account in the inventory is owned by team " + team);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidComplianceQueryException(problems, "The evidence request has wrong parameters: "
                    + String.join(", ", problems.keySet()));
        }
        Instant now = clock.instant();
        String scope = accountId != null ? "account " + accountId
                : team != null ? "accounts of team " + team : visibility.scope();
        String fileName = "evidence-" + slug(framework.framework() + "-" + framework.version()) + "-"
                + (accountId != null ? "account-" + accountId : team != null ? "team-" + slug(team) : "all-accounts")
                + "-" + LocalDate.ofInstant(now, ZoneOffset.UTC) + ".zip";
        return new EvidencePack(UUID.randomUUID(), framework, accountId, team, accounts, scope, fileName,
                currentUser.get().username(), now);
    }

    /**
     * Verifies the ledger's chain, streams the pack into {@code out} (which stays open) and records the export in
     * the ledger.
     *
     * @throws IOException when the stream fails (the export is then not recorded)
     */
    @PreAuthorize(Roles.SECURITY)
    public EvidenceReceipt write(EvidencePack pack, OutputStream out) throws IOException {
        ChainVerification verification = audit.verify();
        EvidencePackWriter.Written written = writer.write(pack, verification, out);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("framework", pack.framework().name());
        details.put("frameworkId", pack.framework().id().toString());
        details.put("scope", pack.scope());
        details.put("fileName", pack.fileName());
        details.put("manifestSha256", written.manifestSha256());
        details.put("chainHeadSeq", written.chainHeadSeq());
        Map<String, String> files = new TreeMap<>();
        written.files().forEach(f -> files.put(f.name(), f.sha256()));
        details.put("files", files);
        AuditEntry recorded = audit.append(AuditRecord.of(EXPORTED, "evidence-pack", pack.exportId().toString(),
                details));
        return new EvidenceReceipt(pack.exportId(), written.files(), written.manifestSha256(),
                written.chainHeadSeq(), recorded.seq());
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }
}
