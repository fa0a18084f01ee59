package dev.skyway.portal.platform.audit.api;

import java.time.Instant;
import java.util.List;


import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.platform.audit.AuditAnchor;
import dev.skyway.portal.platform.audit.AuditEntry;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditQuery;
import dev.skyway.portal.platform.audit.ChainVerification;

/** The audit ledger over HTTP: the same filters as the view, and the chain verifier. */
@Tag(name = "Audit")
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('SECURITY', 'PLATFORM_ADMIN')")
class AuditController {

    static final int MAX_PAGE = 500;

    private final AuditLedger ledger;

    AuditController(AuditLedger ledger) {
        this.ledger = ledger;
    }

    /** Newest first. {@code from} inclusive, {@code to} exclusive, ISO-8601 instants. */
    @Operation(summary = "Search the audit ledger",
            description = "Newest first; from inclusive, to exclusive, ISO-8601 instants.")
    @GetMapping("/entries")
    Page entries(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                 @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String action,
                 @RequestParam(required = false) String target,
                 @RequestParam(defaultValue = "0") int offset,
                 @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be 0 or more");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_PAGE);
        }
        AuditQuery query = new AuditQuery(from, to, actor, action, target);
        return new Page(ledger.count(query), offset, limit, ledger.search(query, offset, limit));
    }

    /**
     * Verifies the chain. Without a body it compares the chain with the last anchor recorded in the database; with
     * {@code {"seq": 42, "hash": "..."}} (copied from an anchor object in S3 or the anchor log line) it compares the
     * chain with that anchor instead, which a database administrator cannot have edited.
     */
    @Operation(summary = "Verify the audit chain",
            description = "Without a body against the last anchor recorded in the database; with {\"seq\", \"hash\"} "
                    + "(from an anchor in S3 or the anchor log line) against that anchor, which a database "
                    + "administrator cannot have edited.")
    @PostMapping("/verifications")
    ChainVerification verify(@RequestBody(required = false) AnchorToCheck anchor) {
        return anchor == null ? ledger.verify()
                : ledger.verify(new AuditAnchor("main", anchor.seq() == null ? 0 : anchor.seq(), anchor.hash(),
                        anchor.anchoredAt()));
    }

    /**
     * Checked by the ledger after its role check: bean validation here, or a primitive that Jackson refuses to leave
     * out, would answer 400 to callers without the role.
     *
     * @param anchoredAt optional, only quoted back in the result's problem text
     */
    record AnchorToCheck(Long seq, String hash, Instant anchoredAt) {
    }

    record Page(int total, int offset, int limit, List<AuditEntry> items) {
    }
}
