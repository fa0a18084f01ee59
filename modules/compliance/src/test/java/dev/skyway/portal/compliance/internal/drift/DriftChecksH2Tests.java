package dev.skyway.portal.compliance.internal.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.skyway.portal.compliance.InvalidComplianceQueryException;
import dev.skyway.portal.compliance.internal.aws.DriftDetection;
import dev.skyway.portal.compliance.internal.aws.PropertyDrift;
import dev.skyway.portal.compliance.internal.aws.ResourceDrift;
import dev.skyway.portal.compliance.internal.aws.StackArn;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.StackDriftState;
import dev.skyway.testsupport.ComplianceTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * Drift on H2 in sandbox mode with a controllable clock: the page lists stacks drifted first with the property diff;
 * "Check now" answers at once (DETECTION_IN_PROGRESS), the simulated detection completes once its few seconds have
 * passed and finds the same drift again; wrong requests are refused with the field named; provisioning's badge reads
 * the last finished check of a resource.
 */
@SpringBootTest(classes = ComplianceTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class DriftChecksH2Tests {

    static final Instant START = Instant.parse("2026-11-20T08:00:00Z");
    static final StackArn DRIFTED = StackArn.parse("arn:aws:cloudformation:eu-west-1:382272806015:stack/"
            + "SC-382272806015-pp-web/0a1b2c3d-0000-0000-0000-000000000001");
    static final StackArn IN_SYNC = StackArn.parse("arn:aws:cloudformation:eu-west-1:382272806015:stack/"
            + "SC-382272806015-pp-site/0a1b2c3d-0000-0000-0000-000000000002");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @Autowired
    DriftService drift;

    @Autowired
    DriftRows rows;

    @Autowired
    ComplianceResourceDrifts resourceDrifts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    final UUID resource = UUID.randomUUID();

    @BeforeEach
    void twoCheckedStacks() {
        jdbc.update("delete from compliance.drift_check");
        clock.set(START);
        DriftCheck web = rows.start(DRIFTED, resource, "system", START.minusSeconds(60));
        rows.finish(web.id(), new DriftDetection("d1", DRIFTED.arn(), DriftCheck.COMPLETE, "DRIFTED", null, 1, START),
                List.of(new ResourceDrift("Bucket", "web-assets", "AWS::S3::Bucket", "MODIFIED", null, null,
                        List.of(new PropertyDrift("/VersioningConfiguration/Status", "\"Enabled\"", "\"Suspended\"",
                                "NOT_EQUAL")), START, null),
                        new ResourceDrift("Queue", "q", "AWS::SQS::Queue", "IN_SYNC", null, null, List.of(), START,
                                null)), START);
        DriftCheck site = rows.start(IN_SYNC, null, "system", START.minusSeconds(60));
        rows.finish(site.id(), new DriftDetection("d2", IN_SYNC.arn(), DriftCheck.COMPLETE, "IN_SYNC", null, 0, START),
                List.of(), START);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
        clock.reset();
    }

    @Test
    void stacksDriftedFirstWithTheirPropertyDiff() {
        TestUsers.loginAs("sam", Role.SECURITY);
        List<StackDrift> stacks = drift.stacks(DriftFilter.all());
        assertThat(stacks).extracting(StackDrift::status).containsExactly("DRIFTED", "IN_SYNC");
        assertThat(drift.driftedStacks()).isEqualTo(1);
        assertThat(stacks.getFirst().drifted()).singleElement().satisfies(r -> {
            assertThat(r.logicalId()).isEqualTo("Bucket");
            assertThat(r.differences()).containsExactly(new PropertyDrift("/VersioningConfiguration/Status",
                    "\"Enabled\"", "\"Suspended\"", "NOT_EQUAL"));
        });
        assertThat(drift.stacks(new DriftFilter(null, "IN_SYNC", null))).extracting(s -> s.stack().stackArn())
                .containsExactly(IN_SYNC.arn());
        assertThat(drift.stacks(new DriftFilter(null, null, resource))).extracting(s -> s.stack().stackArn())
                .containsExactly(DRIFTED.arn());
    }

    @Test
    void checkNowRunsInTheBackgroundAndCompletesAfterTheSimulatedDetection() {
        TestUsers.loginAs("sam", Role.SECURITY);
        DriftCheck started = drift.requestCheck(DRIFTED.arn(), null);
        assertThat(started.status()).isEqualTo(DriftCheck.IN_PROGRESS);
        assertThat(started.resourceId()).isEqualTo(resource);
        assertThat(drift.requestCheck(DRIFTED.arn(), null).id()).as("one check of a stack at a time")
                .isEqualTo(started.id());
        assertThat(drift.stacks(DriftFilter.all()).getFirst().running()).isNotNull();

        clock.advance(Duration.ofSeconds(5));
        DriftCheck done = awaitFinished(started.id());
        assertThat(done.status()).isEqualTo(DriftCheck.COMPLETE);
        assertThat(done.stackDriftStatus()).isEqualTo("DRIFTED");
        assertThat(done.driftedResources()).isEqualTo(1);
        assertThat(rows.drifted(done.id())).extracting(DriftedResource::logicalId).containsExactly("Bucket");
        StackDrift stack = drift.stacks(new DriftFilter(null, null, resource)).getFirst();
        assertThat(stack.running()).isNull();
        assertThat(stack.last().id()).isEqualTo(done.id());
    }

    @Test
    void wrongRequestsAreRefusedNamingTheField() {
        TestUsers.loginAs("sam", Role.SECURITY);
        assertThatThrownBy(() -> drift.requestCheck(null, null)).isInstanceOf(InvalidComplianceQueryException.class)
                .satisfies(e -> assertThat(((InvalidComplianceQueryException) e).problems())
                        .containsKeys("stackArn", "requestId"));
        assertThatThrownBy(() -> drift.requestCheck("arn:aws:s3:::bucket", null))
                .isInstanceOf(InvalidComplianceQueryException.class).hasMessageContaining("stackArn");
        assertThatThrownBy(() -> drift.requestCheck("arn:aws:cloudformation:eu-west-1:111122223333:stack/x/y", null))
                .as("not a stack the portal knows").isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> drift.requestCheck(null, UUID.randomUUID()))
                .isInstanceOf(NoSuchElementException.class);

        TestUsers.loginAs("erin", Role.ENGINEER);
        assertThatThrownBy(() -> drift.requestCheck(IN_SYNC.arn(), null)).as("no provisioned product of erin's")
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.loginAs("fin", Role.FINANCE);
        assertThatThrownBy(() -> drift.requestCheck(IN_SYNC.arn(), null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void provisioningsBadgeReadsTheLastFinishedCheck() {
        assertThat(resourceDrifts.lastChecks(List.of(resource, UUID.randomUUID())))
                .containsOnlyKeys(resource).containsValue(new StackDriftState("DRIFTED", 1, START));
    }

    @Test
    void theSandboxDriftsOneStackInThreeOnItsFirstLook() {
        long drifting = java.util.stream.IntStream.range(0, 300).mapToObj(i -> StackArn.parse(
                        "arn:aws:cloudformation:eu-west-1:111122223333:stack/SC-pp-" + i + "/" + UUID.nameUUIDFromBytes(
                                new byte[] {(byte) i, (byte) (i >> 8)})))
                .filter(s -> !SandboxDriftDetector.firstLook(s).isEmpty()).count();
        assertThat(drifting).isBetween(60L, 140L);
    }

    private DriftCheck awaitFinished(UUID id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            DriftCheck check = rows.find(id).orElseThrow();
            if (!check.inProgress()) {
                return check;
            }
            // time goes on while the test waits: on a busy machine the background detection may start only after the
            // advance above, and would otherwise wait for a clock that no longer moves
            clock.advance(Duration.ofSeconds(1));
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The check did not finish");
    }
}
