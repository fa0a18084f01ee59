package dev.skyway.portal.platform.audit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.platform.audit.AuditAnchor;

/**
 * Writes the main chain's head to every configured sink outside the database (the log always, S3 when a bucket is
 * set), then records the anchor so the verifier can compare the chain with it. A head that was anchored already is
 * not written again.
 */
@Service
public class AuditAnchoring {

    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchoring.class);

    private final AuditEntries entries;
    private final AuditAnchors anchors;
    private final List<AuditAnchorSink> sinks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AuditAnchoring(AuditEntries entries, AuditAnchors anchors, List<AuditAnchorSink> sinks,
                   TransactionTemplate transactions, Clock clock) {
        this.entries = entries;
        this.anchors = anchors;
        this.sinks = List.copyOf(sinks);
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return the anchor written; absent when the chain is empty, its head was anchored already or no sink took it */
    public @Nullable AuditAnchor anchorNow() {
        String chain = AuditEntries.MAIN_CHAIN;
        AuditEntries.ChainHead head = transactions.execute(tx -> entries.head(chain));
        AuditAnchor last = transactions.execute(tx -> anchors.last(chain));
        if (head == null || head.lastSeq() == 0 || (last != null && last.seq() == head.lastSeq())) {
            return null;
        }
        AuditAnchor anchor = new AuditAnchor(chain, head.lastSeq(), head.lastHash(), clock.instant());
        List<String> written = new ArrayList<>();
        for (AuditAnchorSink sink : sinks) {
            try {
                sink.write(anchor);
                written.add(sink.name());
            } catch (RuntimeException e) {
                LOG.error("Audit anchor of entry #{} could not be written to {}", anchor.seq(), sink.name(), e);
            }
        }
        if (written.isEmpty()) {
            return null;
        }
        transactions.executeWithoutResult(tx -> anchors.record(anchor, String.join(",", written)));
        return anchor;
    }
}
