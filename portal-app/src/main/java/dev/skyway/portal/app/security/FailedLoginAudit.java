package dev.skyway.portal.app.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;

import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;

/**
 * Failed logins reach the audit ledger as one entry per attempted identity, client address and reason per window,
 * with the count, written when the window ends (and at shutdown). One entry per failure let a password spray both
 * flood the ledger and queue every failure on the ledger's chain lock.
 */
final class FailedLoginAudit implements DisposableBean {

    /** What is summed into one entry. */
    record Attempt(String identity, String address, String reason) {
    }

    private final AuditLedger ledger;
    private final FailureWindows<Attempt> windows;

    FailedLoginAudit(AuditLedger ledger, Clock clock, LoginThrottleProperties properties) {
        this.ledger = ledger;
        this.windows = new FailureWindows<>(clock, properties.window());
    }

    void failed(Attempt attempt) {
        windows.record(attempt);
    }

    @Scheduled(fixedDelayString = "PT30S")
    void writeEndedWindows() {
        write(windows.drainEnded());
    }

    /** Writes every window now, ended or not (shutdown, tests). */
    void writeAll() {
        write(windows.drainAll());
    }

    @Override
    public void destroy() {
        writeAll();
    }

    private void write(Map<Attempt, FailureWindows.Window> ended) {
        ended.forEach((attempt, window) -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("count", window.count());
            details.put("address", attempt.address());
            details.put("reason", attempt.reason());
            details.put("first", window.start().toString());
            details.put("last", window.last().toString());
            ledger.append(new AuditActor("anonymous", attempt.identity(), null),
                    AuditRecord.of("auth.login-failed", "user", attempt.identity(), details), null);
        });
    }
}
