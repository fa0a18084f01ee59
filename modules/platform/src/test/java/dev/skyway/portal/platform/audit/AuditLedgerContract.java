package dev.skyway.portal.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.PlatformTestApplication;
import dev.skyway.testsupport.TestUsers;

/**
 * What the audit ledger guarantees, run on H2 and on PostgreSQL by the subclasses: a verifiable chain, detection of
 * tampered, deleted and reordered entries, no fork under concurrent appends, once-only recording of redelivered
 * events, filtering, and who may read it.
 */
@SpringBootTest(classes = PlatformTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class AuditLedgerContract {

    @Autowired
    AuditLedger ledger;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    net.javacrumbs.shedlock.core.LockProvider lockProvider;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @BeforeEach
    void emptyLedger() {
        jdbc.update("delete from platform.audit_entry");
        jdbc.update("update platform.audit_chain_head set last_seq = 0, last_hash = ? where chain = 'main'",
                "0".repeat(64));
        clock.reset();
        TestUsers.loginAs("sam", Role.SECURITY);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void appendedEntriesFormAnIntactChain() {
        AuditEntry first = ledger.append(AuditRecord.of("thing.created", "thing", "t-1", Map.of("size", 1)));
        AuditEntry second = ledger.append(AuditRecord.of("thing.changed", "thing", "t-1",
                Map.of("before", Map.of("size", 1), "after", Map.of("size", 2))));

        assertThat(first.seq()).isEqualTo(1);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(first.actorIssuer()).isEqualTo("local");
        assertThat(first.actorSubject()).isEqualTo("sam");

        ChainVerification result = ledger.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(2);
        // the verification itself is recorded, and the chain still holds after it
        assertThat(ledger.search(AuditQuery.all(), 0, 10)).first()
                .satisfies(e -> assertThat(e.action()).isEqualTo("audit.chain-verified"));
        assertThat(ledger.verify().checked()).isEqualTo(3);
    }

    @Test
    void tamperedEntryIsReportedAsTheFirstBrokenLink() {
        appendThree();
        jdbc.update("update platform.audit_entry set details = '{\"size\":999}' where seq = 2");

        ChainVerification result = ledger.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(2);
        assertThat(result.problem()).contains("modified");
        assertThat(result.checked()).isEqualTo(1);
    }

    @Test
    void tamperedActorIsDetectedToo() {
        appendThree();
        jdbc.update("update platform.audit_entry set actor_subject = 'someone-else' where seq = 1");

        assertThat(ledger.verify().brokenAtSeq()).isEqualTo(1);
    }

    @Test
    void deletedEntryIsReported() {
        appendThree();
        jdbc.update("delete from platform.audit_entry where seq = 2");

        ChainVerification result = ledger.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(2);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void deletedLastEntryIsReported() {
        appendThree();
        jdbc.update("delete from platform.audit_entry where seq = 3");

        ChainVerification result = ledger.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(3);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void reorderedEntriesAreReported() {
        appendThree();
        jdbc.update("update platform.audit_entry set seq = -2 where seq = 2");
        jdbc.update("update platform.audit_entry set seq = 2 where seq = 3");
        jdbc.update("update platform.audit_entry set seq = 3 where seq = -2");

        ChainVerification result = ledger.verify();

        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(2);
        assertThat(result.problem()).contains("does not link");
    }

    @Test
    void concurrentAppendsDoNotForkTheChain() throws Exception {
        int threads = 4;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(() -> {
                    for (int i = 0; i < perThread; i++) {
                        ledger.append(new AuditActor("local", "worker-" + thread, null),
                                AuditRecord.of("load.append", "thread", String.valueOf(thread), Map.of("i", i)),
                                null);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        List<Long> seqs = jdbc.queryForList("select seq from platform.audit_entry order by seq", Long.class);
        assertThat(seqs).hasSize(threads * perThread);
        assertThat(seqs).first().isEqualTo(1L);
        assertThat(seqs).last().isEqualTo((long) threads * perThread);
        Integer distinctPrev = jdbc.queryForObject("select count(distinct prev_hash) from platform.audit_entry",
                Integer.class);
        assertThat(distinctPrev).as("no two entries link to the same predecessor").isEqualTo(threads * perThread);
        assertThat(ledger.verify().intact()).isTrue();
    }

    @Test
    void redeliveredEventIsRecordedOnce() {
        AuditActor actor = new AuditActor("local", "engineer", "Erin");
        AuditRecord record = AuditRecord.of("request.submitted", "product-request", "r-1", Map.of());

        assertThat(ledger.append(actor, record, "event-1")).isNotNull();
        assertThat(ledger.append(actor, record, "event-1")).isNull();

        assertThat(ledger.count(new AuditQuery(null, null, null, "request.", null))).isEqualTo(1);
    }

    @Test
    void searchFiltersByActorActionTargetAndTime() {
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        clock.set(start);
        ledger.append(new AuditActor("local", "erin", "Erin Engineer"),
                AuditRecord.of("request.submitted", "product-request", "pr-7", Map.of()), null);
        clock.set(start.plusSeconds(3600));
        ledger.append(new AuditActor("local", "avery", "Avery Approver"),
                AuditRecord.of("request.approved", "product-request", "pr-7", Map.of()), null);
        clock.set(start.plusSeconds(7200));
        ledger.append(new AuditActor("local", "avery", "Avery Approver"),
                AuditRecord.of("auth.login-succeeded", "user", "avery", Map.of()), null);

        assertThat(ledger.search(new AuditQuery(null, null, "ERIN", null, null), 0, 10))
                .extracting(AuditEntry::action).containsExactly("request.submitted");
        assertThat(ledger.search(new AuditQuery(null, null, null, "request.", null), 0, 10))
                .extracting(AuditEntry::action).containsExactly("request.approved", "request.submitted");
        assertThat(ledger.count(new AuditQuery(null, null, null, null, "pr-7"))).isEqualTo(2);
        assertThat(ledger.search(new AuditQuery(start.plusSeconds(3600), start.plusSeconds(7200), null, null,
                null), 0, 10)).extracting(AuditEntry::action).containsExactly("request.approved");
        assertThat(ledger.search(new AuditQuery(null, null, "100%_", null, null), 0, 10))
                .as("wildcards in user input are literal").isEmpty();
        assertThat(ledger.search(AuditQuery.all(), 1, 1)).extracting(AuditEntry::seq).containsExactly(2L);
    }

    @Test
    void activityPerDayCountsEverythingForSecurityAndOwnEntriesForOthers() {
        Instant day1 = Instant.parse("2026-05-10T12:00:00Z");
        clock.set(day1);
        ledger.append(new AuditActor("local", "engineer", null), AuditRecord.of("a", "t", "1", Map.of()), null);
        ledger.append(new AuditActor("local", "sam", null), AuditRecord.of("b", "t", "1", Map.of()), null);
        clock.set(day1.plusSeconds(86_400));
        ledger.append(new AuditActor("local", "engineer", null), AuditRecord.of("c", "t", "1", Map.of()), null);

        List<DailyCount> all = ledger.activityPerDay(3, ZoneOffset.UTC);
        assertThat(all).extracting(DailyCount::count).containsExactly(0L, 2L, 1L);

        TestUsers.loginAs("engineer", Role.ENGINEER);
        List<DailyCount> own = ledger.activityPerDay(3, ZoneId.of("Pacific/Auckland"));
        assertThat(own).hasSize(3);
        assertThat(own.stream().mapToLong(DailyCount::count).sum()).isEqualTo(2);
    }

    @Test
    void onlySecurityAndPlatformAdminsMayReadOrVerifyTheLedger() {
        appendThree();
        TestUsers.loginAs("engineer", Role.ENGINEER, Role.APPROVER);

        assertThatThrownBy(() -> ledger.search(AuditQuery.all(), 0, 10))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> ledger.verify()).isInstanceOf(AuthorizationDeniedException.class);

        TestUsers.loginAs("admin", Role.PLATFORM_ADMIN);
        assertThat(ledger.count(AuditQuery.all())).isEqualTo(3);
    }

    @Test
    void auditableEventIsRecordedAfterCommitThroughThePublicationRegistry() {
        String eventId = java.util.UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> events.publishEvent(new ThingHappened(eventId, "t-9")));

        org.awaitility.Awaitility.await().pollInSameThread().untilAsserted(() -> {
            assertThat(ledger.search(new AuditQuery(null, null, null, "thing.happened", null), 0, 10))
                    .singleElement().satisfies(e -> {
                        assertThat(e.targetId()).isEqualTo("t-9");
                        assertThat(e.actorSubject()).isEqualTo("erin");
                    });
            assertThat(jdbc.queryForObject(
                    "select count(*) from platform.event_publication where completion_date is null",
                    Integer.class)).as("publication completed").isZero();
        });
    }

    record ThingHappened(String auditEventId, String thingId) implements AuditableEvent {
        @Override
        public AuditActor auditActor() {
            return new AuditActor("local", "erin", "Erin Engineer");
        }

        @Override
        public String auditAction() {
            return "thing.happened";
        }

        @Override
        public String auditTargetType() {
            return "thing";
        }

        @Override
        public String auditTargetId() {
            return thingId;
        }
    }

    @Test
    void schedulerLocksAreExclusiveAcrossReplicas() {
        var config = new net.javacrumbs.shedlock.core.LockConfiguration(Instant.now(), "test-job",
                java.time.Duration.ofMinutes(1), java.time.Duration.ZERO);

        var first = lockProvider.lock(config);
        assertThat(first).as("first replica gets the lock").isPresent();
        assertThat(lockProvider.lock(config)).as("second replica is refused while it is held").isEmpty();

        first.get().unlock();
        var again = lockProvider.lock(config);
        assertThat(again).as("free again after unlock").isPresent();
        again.get().unlock();
    }

    private void appendThree() {
        for (int i = 1; i <= 3; i++) {
            ledger.append(AuditRecord.of("thing.changed", "thing", "t-" + i, Map.of("size", i)));
        }
    }
}
