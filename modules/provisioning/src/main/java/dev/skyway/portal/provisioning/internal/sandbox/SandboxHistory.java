package dev.skyway.portal.provisioning.internal.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.provisioning.internal.requests.Requests;

/**
 * Sandbox mode, first start: a few months of requests of the demo engineer's team ({@link HistoryPlan}), provisioned
 * 12 to 118 days ago, two of them since terminated, so that "My resources", the request pages and approvers find
 * products whose estimate stands beside what they actually cost (the cost module's generated bill tags their cost
 * with these requests' ids). Runs in the background once the catalog and the account inventory have synced (shortly
 * after start), and only while no request exists at all: never beside real ones, never twice. On by default in sandbox
 * mode; {@code portal.provisioning.sandbox.history=false} turns it off.
 */
@Component
public class SandboxHistory {

    static final String AUDIT_ACTION = "catalog.sandbox-history-recorded";
    private static final Logger LOG = LoggerFactory.getLogger(SandboxHistory.class);
    private static final Duration WAIT_FOR_SYNCS = Duration.ofMinutes(10);
    private static final Duration POLL = Duration.ofSeconds(2);

    private final HistoryPlanner planner;
    private final HistoryRecorder recorder;
    private final Requests requests;
    private final AuditLedger audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;
    /** Set before anything could read the requests (at construction), cleared when the background work ends. */
    private volatile boolean pending;

    SandboxHistory(HistoryPlanner planner, HistoryRecorder recorder, Requests requests, AuditLedger audit,
                   TransactionTemplate tx, Clock clock, AwsClientFactory aws,
                   @Value("${portal.provisioning.sandbox.history:true}") boolean enabled) {
        this.planner = planner;
        this.recorder = recorder;
        this.requests = requests;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.enabled = enabled && aws.mode() == AwsMode.SANDBOX;
        this.pending = this.enabled;
    }

    /** Whether the background work may still record the history in this process. */
    public boolean pending() {
        return pending;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordInTheBackground() {
        if (enabled) {
            Thread.ofVirtual().name("provisioning-sandbox-history").start(this::recordWhenSynced);
        }
    }

    private void recordWhenSynced() {
        long deadline = System.nanoTime() + WAIT_FOR_SYNCS.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (requests.any() || recordIfReady().isPresent()) {
                    return;
                }
                Thread.sleep(POLL);
            }
            LOG.warn("No sandbox history: the catalog or the account inventory did not sync within {}",
                    WAIT_FOR_SYNCS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Recording the sandbox's history of requests failed: {}", e.getMessage(), e);
        } finally {
            pending = false;
        }
    }

    /**
     * Records the history now, unless any request exists.
     *
     * @return how many products it recorded (0 when requests existed); empty while the catalog or the inventory does
     *         not know a planned product or account yet
     */
    public Optional<Integer> recordIfReady() {
        Optional<List<HistoryRecorder.Ready>> ready = planner.ready();
        if (ready.isEmpty()) {
            return Optional.empty();
        }
        Integer recorded = tx.execute(status -> {
            if (requests.any()) {
                return 0;
            }
            Instant now = clock.instant();
            ready.get().forEach(r -> recorder.record(r, now));
            audit.append(AuditRecord.of(AUDIT_ACTION, "product-request", "sandbox-history", Map.of("requests",
                    ready.get().stream().map(r -> r.plan().id().toString()).toList())));
            return ready.get().size();
        });
        LOG.info("Recorded the sandbox's history: {} provisioned products", recorded);
        return Optional.ofNullable(recorded);
    }
}
