package dev.skyway.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.skyway.portal.PortalTestSupport;
import dev.skyway.portal.platform.jobs.PeriodicJob;

/**
 * The periodic jobs every module declares, as the whole application starts them: their names are the keys of their
 * locks and last starts in the database, so a rename would run a job twice across a rolling deploy.
 */
class PeriodicJobsTests extends PortalTestSupport {

    static final Duration HALF_HOUR = Duration.ofMinutes(30);
    static final Duration TWO_HOURS = Duration.ofHours(2);

    @Autowired
    List<PeriodicJob> jobs;

    @Test
    void eachModuleDeclaresItsJobsWithTheirNamesAndLockLifetimes() {
        Map<String, Duration> locks = jobs.stream()
                .collect(Collectors.toMap(PeriodicJob::name, PeriodicJob::lockAtMostFor));

        assertThat(locks).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("audit-anchor", Duration.ofMinutes(10)),
                Map.entry("approvals-sla", Duration.ofMinutes(10)),
                Map.entry("accounts-scheduled-sync", HALF_HOUR),
                Map.entry("catalog-scheduled-sync", HALF_HOUR),
                Map.entry("compliance-waiver-expiry", HALF_HOUR),
                Map.entry("compliance-drift-schedule", TWO_HOURS),
                Map.entry("compliance-aws-sync", TWO_HOURS),
                Map.entry("compliance-drops", TWO_HOURS),
                Map.entry("incidents-action-item-reminders", HALF_HOUR),
                Map.entry("incidents-raw-payload-purge", HALF_HOUR),
                Map.entry("cost-scheduled-sync", TWO_HOURS),
                Map.entry("cost-recommendations-refresh", HALF_HOUR),
                Map.entry("cost-explorer-insights", HALF_HOUR)));
    }

    @Test
    void aJobTurnedOffByItsPropertyIsNotDeclared() {
        // the test configuration sets portal.cost.budgets.scheduled-check and portal.compliance.scheduled-snapshot
        assertThat(jobs).extracting(PeriodicJob::name)
                .doesNotContain("cost-budget-check", "compliance-score-snapshot");
    }

    @Test
    void fixedFirstDelaysStay() {
        Map<String, PeriodicJob> byName = jobs.stream()
                .collect(Collectors.toMap(PeriodicJob::name, Function.identity()));

        assertThat(byName.get("incidents-action-item-reminders").schedule().initialDelay())
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(byName.get("incidents-raw-payload-purge").schedule().initialDelay())
                .isEqualTo(Duration.ofMinutes(5));
        assertThat(byName.get("audit-anchor").schedule().initialDelay())
                .isEqualTo(byName.get("audit-anchor").schedule().interval());
    }
}
