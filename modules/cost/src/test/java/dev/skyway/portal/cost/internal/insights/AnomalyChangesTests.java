package dev.skyway.portal.cost.internal.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import dev.skyway.portal.cost.CostAnomaly;
import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.platform.changes.AccountChange;
import dev.skyway.portal.platform.changes.AccountChangeSource;
import dev.skyway.portal.platform.changes.AccountChanges;

/**
 * Which of the portal's changes explain an anomaly: those on its account from the window's days before its day
 * through the end of that day (UTC), newest first; none for an anomaly without an account.
 */
class AnomalyChangesTests {

    static final String ACCOUNT = "382272806015";
    static final LocalDate DAY = LocalDate.parse("2024-10-15");

    static AccountChange change(String account, String at, String title) {
        return new AccountChange(account, Instant.parse(at), AccountChange.PRODUCT_UPDATED, title, "Erin Engineer",
                "requests/" + UUID.randomUUID(), "provisioning");
    }

    static final List<AccountChange> KNOWN = List.of(
            change(ACCOUNT, "2024-10-07T23:59:59Z", "just before the window"),
            change(ACCOUNT, "2024-10-08T00:00:00Z", "the window's first second"),
            change(ACCOUNT, "2024-10-14T09:00:00Z", "the day before"),
            change(ACCOUNT, "2024-10-15T23:59:59Z", "late on the day"),
            change(ACCOUNT, "2024-10-16T00:00:00Z", "the next day"),
            change("111122223333", "2024-10-14T09:00:00Z", "another account"));

    static AnomalyChanges within(int days) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("provisioning", (AccountChangeSource) (account, from, to) -> KNOWN.stream()
                .filter(c -> c.accountId().equals(account) && !c.at().isBefore(from) && c.at().isBefore(to))
                .toList());
        return new AnomalyChanges(new AccountChanges(beans.getBeanProvider(AccountChangeSource.class)), days);
    }

    static CostAnomaly anomaly(String account) {
        return new CostAnomaly(UUID.randomUUID(), DAY, "SubAccountId/ServiceName", account + "/Amazon EC2",
                "payments-prod · Amazon EC2", account, "Amazon EC2", "USD", new BigDecimal("40"),
                new BigDecimal("412.50"), new BigDecimal("372.50"), 18.4, List.of(), null, "PORTAL", List.of());
    }

    @Test
    void changesFromTheWindowsFirstDayThroughTheAnomalysDayAreListedNewestFirst() {
        CostAnomaly explained = within(7).explain(anomaly(ACCOUNT));

        assertThat(explained.changes()).extracting(CostAnomaly.Change::title)
                .containsExactly("late on the day", "the day before", "the window's first second");
        assertThat(explained.changes().getFirst()).satisfies(c -> {
            assertThat(c.at()).isEqualTo(Instant.parse("2024-10-15T23:59:59Z"));
            assertThat(c.kind()).isEqualTo(AccountChange.PRODUCT_UPDATED);
            assertThat(c.link()).startsWith("requests/");
            assertThat(c.actor()).isEqualTo("Erin Engineer");
        });
    }

    @Test
    void theWindowFollowsTheSetting() {
        assertThat(within(1).explain(anomaly(ACCOUNT)).changes()).extracting(CostAnomaly.Change::title)
                .containsExactly("late on the day", "the day before");
        assertThat(within(1).windowDays()).isOne();
    }

    @Test
    void anAnomalyWithoutAnAccountHasNoChanges() {
        CostAnomaly organizationWide = new CostAnomaly(UUID.randomUUID(), DAY, "ServiceName", "Tax", "Tax", null,
                "Tax", "USD", BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("9"), 9.0, List.of(), null, "AWS",
                List.of());

        assertThat(within(7).explain(organizationWide)).isEqualTo(organizationWide);
    }

    @Test
    void aWindowOutsideOneTo90DaysIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> within(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("portal.cost.anomalies.change-window-days must be between 1 and 90 days, not 0");
        assertThatThrownBy(() -> within(91)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSettingSitsBesideTheDetectionSettingsWithoutUpsettingThem() {
        CostProperties bound = new Binder(new MapConfigurationPropertySource(Map.of(
                "portal.cost.anomalies.threshold", "4.0",
                "portal.cost.anomalies.change-window-days", "3"))).bind("portal.cost", CostProperties.class).get();

        assertThat(bound.anomalies().threshold()).isEqualTo(4.0);
    }
}
