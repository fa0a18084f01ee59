package dev.skyway.portal.compliance.internal.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.audit.AuditEntry;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditQuery;

/**
 * The audit-ledger entries that vouch for what a pack holds, read through the ledger's facade: the approval
 * processes of its waivers and attestations (submitted, decided, approved or rejected), the imports its findings came
 * from, and the framework's upload; and the chain's head.
 */
@Component
class EvidenceLedger {

    static final String APPROVAL_PROCESS = "approval-process";
    static final String FINDING_IMPORT = "finding-import";
    static final String FRAMEWORK = "framework";
    private static final int PAGE = 10_000;

    /** @param vouchesFor what in the pack the entry is about, e.g. {@code waiver 1f6c…} */
    record Vouching(AuditEntry entry, String vouchesFor) {
    }

    private final AuditLedger ledger;

    EvidenceLedger(AuditLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * @param processes  approval process id → what it decided, e.g. {@code waiver <id>}
     * @param imports    finding import id → {@code import <id>}
     * @param framework  the framework's id
     */
    List<Vouching> entries(Map<String, String> processes, Map<String, String> imports, String framework) {
        List<Vouching> found = new ArrayList<>();
        if (!processes.isEmpty()) {
            collect("approval.", APPROVAL_PROCESS, processes, found);
        }
        if (!imports.isEmpty()) {
            collect("compliance.import", FINDING_IMPORT, imports, found);
        }
        collect("compliance.framework", FRAMEWORK, Map.of(framework, "framework " + framework), found);
        found.sort(Comparator.comparingLong(v -> v.entry().seq()));
        return found;
    }

    /** The ledger's last entry, as the caller's transaction sees it; absent while the ledger is empty. */
    @Nullable AuditEntry head() {
        List<AuditEntry> newest = ledger.search(AuditQuery.all(), 0, 1);
        return newest.isEmpty() ? null : newest.getFirst();
    }

    /** Pages through the entries whose action starts with {@code action}, keeping those about the targets. */
    private void collect(String action, String targetType, Map<String, String> targets, List<Vouching> into) {
        AuditQuery query = new AuditQuery(null, null, null, action, null);
        for (int offset = 0; ; offset += PAGE) {
            List<AuditEntry> page = ledger.search(query, offset, PAGE);
            for (AuditEntry entry : page) {
                String what = targets.get(entry.targetId());
                if (what != null && targetType.equals(entry.targetType())) {
                    into.add(new Vouching(entry, what));
                }
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }
}
