package dev.skyway.portal.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.NoSuchElementException;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.cost.internal.savings.RecommendationInput;
import dev.skyway.portal.cost.internal.savings.RecommendationStore;
import dev.skyway.portal.cost.internal.savings.RecommendationSync;
import dev.skyway.portal.platform.audit.AuditEntry;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditQuery;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.CostTestApplication;
import dev.skyway.testsupport.MutableClock;
import dev.skyway.testsupport.TestUsers;

/**
 * Savings on a real database (H2 and PostgreSQL through the subclasses): a source's refresh is idempotent and never
 * undoes a decision, vanished open recommendations are dismissed, realized savings come from the cost before and
 * after the done day, coverage and utilization from the month's rollups, and engineers see and move only the
 * recommendations on their teams' accounts.
 */
@SpringBootTest(classes = CostTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class SavingsContract {

    static final String PAYMENTS_PROD = "382272806015";
    static final String CHECKOUT_PROD = "383317268332";
    static final String MANAGEMENT = "371828182845";
    static final String EC2 = "Amazon Elastic Compute Cloud";
    static final String LAMBDA = "AWS Lambda";
    static final String RDS = "Amazon Relational Database Service";
    static final LocalDate TODAY = LocalDate.parse("2024-11-20");

    @Autowired
    RecommendationStore store;

    @Autowired
    CostSavings savings;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLedger audit;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @BeforeEach
    void noRecommendationsNoCostAndASyncedInventory() {
        jdbc.update("delete from cost.recommendation");
        jdbc.update("delete from cost.daily_cost");
        clock.set(Instant.parse("2024-11-20T08:00:00Z"));
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        TestUsers.loginAs("fay", Role.FINANCE);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void aRefreshCreatesOpenRecommendationsAndTheSameRefreshAgainChangesNothing() {
        List<RecommendationInput> today = List.of(resize("a", PAYMENTS_PROD, "140.159"), resize("b", CHECKOUT_PROD,
                "80"));

        RecommendationSync first = store.upsert(RecommendationSource.RIGHTSIZING, today);
        RecommendationSync second = store.upsert(RecommendationSource.RIGHTSIZING, today);

        assertThat(first).isEqualTo(new RecommendationSync(RecommendationSource.RIGHTSIZING, 2, 0, 0, 0));
        assertThat(second.changedAnything()).isFalse();
        List<Recommendation> all = savings.recommendations(RecommendationFilter.ALL);
        assertThat(all).extracting(Recommendation::externalId).containsExactly("a", "b");
        assertThat(all).extracting(Recommendation::status).containsOnly(RecommendationStatus.OPEN);
        Recommendation a = all.getFirst();
        assertThat(a.figures().estimatedMonthlySavings()).isEqualByComparingTo("140.16");
        assertThat(a.target().accountName()).isEqualTo("payments-prod");
        assertThat(a.tracking().updatedBy()).isEqualTo("system");
    }

    @Test
    void aRefreshKeepsEachDecisionAndUpdatesTheFigures() {
        store.upsert(RecommendationSource.RIGHTSIZING, List.of(resize("a", PAYMENTS_PROD, "100")));
        Recommendation a = only(RecommendationStatus.OPEN);
        savings.accept(a.id());

        RecommendationSync sync = store.upsert(RecommendationSource.RIGHTSIZING,
                List.of(resize("a", PAYMENTS_PROD, "120")));

        assertThat(sync).isEqualTo(new RecommendationSync(RecommendationSource.RIGHTSIZING, 0, 1, 0, 0));
        Recommendation after = savings.find(a.id());
        assertThat(after.status()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(after.figures().estimatedMonthlySavings()).isEqualByComparingTo("120");
        assertThat(after.tracking().updatedBy()).isEqualTo("fay");
    }

    @Test
    void openRecommendationsTheSourceDropsAreDismissedButAcceptedAndDoneOnesAreLeftAlone() {
        store.upsert(RecommendationSource.RIGHTSIZING, List.of(resize("open", PAYMENTS_PROD, "10"),
                resize("accepted", PAYMENTS_PROD, "20"), resize("done", PAYMENTS_PROD, "30"),
                resize("mine", PAYMENTS_PROD, "40")));
        store.upsert(RecommendationSource.SAVINGS_PLANS, List.of(plan("sp", null, "500")));
        savings.accept(byExternalId("accepted").id());
        savings.accept(byExternalId("done").id());
        savings.done(byExternalId("done").id());
        savings.dismiss(byExternalId("mine").id(), "the instance is retired next month");

        RecommendationSync dropped = store.upsert(RecommendationSource.RIGHTSIZING, List.of());

        assertThat(dropped.dismissed()).isEqualTo(1);
        Recommendation open = byExternalId("open");
        assertThat(open.status()).isEqualTo(RecommendationStatus.DISMISSED);
        assertThat(open.tracking().reason()).isEqualTo("no longer recommended by Cost Explorer rightsizing");
        assertThat(byExternalId("accepted").status()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(byExternalId("done").status()).isEqualTo(RecommendationStatus.DONE);
        assertThat(byExternalId("sp").status()).isEqualTo(RecommendationStatus.OPEN); // another source

        RecommendationSync back = store.upsert(RecommendationSource.RIGHTSIZING, List.of(
                resize("open", PAYMENTS_PROD, "10"), resize("mine", PAYMENTS_PROD, "40")));

        assertThat(back.reopened()).isEqualTo(1);
        assertThat(byExternalId("open").status()).isEqualTo(RecommendationStatus.OPEN);
        assertThat(byExternalId("open").tracking().reason()).isNull();
        assertThat(byExternalId("mine").status()).isEqualTo(RecommendationStatus.DISMISSED); // a person said so
        assertThat(byExternalId("mine").tracking().reason()).isEqualTo("the instance is retired next month");
    }

    @Test
    void realizedSavingsCompareTheAccountsServiceCostBeforeAndAfterTheDoneDay() {
        for (LocalDate d = TODAY.minusDays(14); d.isBefore(TODAY); d = d.plusDays(1)) {
            cost(d, PAYMENTS_PROD, EC2, "Usage", "Standard", null, "100");
            cost(d, PAYMENTS_PROD, LAMBDA, "Usage", "Standard", null, "20");
            cost(d, PAYMENTS_PROD, RDS, "Usage", "Standard", null, "999"); // another service: not measured
            cost(d, CHECKOUT_PROD, EC2, "Usage", "Standard", null, "500"); // another account: not measured
        }
        cost(TODAY.minusDays(20), PAYMENTS_PROD, EC2, "Usage", "Standard", null, "5000"); // before the 14 days
        store.upsert(RecommendationSource.RIGHTSIZING, List.of(resize("a", PAYMENTS_PROD, "1500")));
        store.upsert(RecommendationSource.SAVINGS_PLANS, List.of(plan("sp", PAYMENTS_PROD, "900")));
        Recommendation resize = byExternalId("a");
        Recommendation plan = byExternalId("sp");
        savings.accept(resize.id());
        savings.accept(plan.id());

        Recommendation done = savings.done(resize.id());
        Recommendation planDone = savings.done(plan.id());

        assertThat(done.tracking().doneAt()).isEqualTo(TODAY);
        assertThat(done.realized().baselineDailyCost()).isEqualByComparingTo("100");
        assertThat(planDone.realized().baselineDailyCost()).isEqualByComparingTo("120"); // EC2 + Lambda
        assertThat(done.realizedMonthlySavings()).isNull();

        cost(TODAY, PAYMENTS_PROD, EC2, "Usage", "Standard", null, "80"); // the done day is left out
        cost(TODAY.plusDays(1), PAYMENTS_PROD, EC2, "Usage", "Standard", null, "60");
        cost(TODAY.plusDays(2), PAYMENTS_PROD, EC2, "Usage", "Standard", null, "60");
        clock.set(Instant.parse("2024-11-23T08:00:00Z"));
        Recommendation twoDays = savings.find(resize.id());
        assertThat(twoDays.realized().daysMeasured()).isEqualTo(2);
        assertThat(twoDays.realizedMonthlySavings()).isNull();
        assertThat(savings.summary(YearMonth.of(2024, 11)).measuring()).isEqualTo(2);

        cost(TODAY.plusDays(3), PAYMENTS_PROD, EC2, "Usage", "Standard", null, "60");
        cost(TODAY.plusDays(3), CHECKOUT_PROD, RDS, "Usage", "Standard", null, "1"); // data for the day exists
        clock.set(Instant.parse("2024-11-25T08:00:00Z"));
        Recommendation measured = savings.find(resize.id());

        assertThat(measured.realized().daysMeasured()).isEqualTo(3);
        assertThat(measured.realized().dailyCostSince()).isEqualByComparingTo("60");
        assertThat(measured.realizedMonthlySavings()).isEqualByComparingTo("1200.00"); // (100 - 60) × 30
        // the plan's compute went from 120 a day to 60 (no Lambda rows since): (120 - 60) × 30
        assertThat(savings.find(plan.id()).realizedMonthlySavings()).isEqualByComparingTo("1800.00");
        SavingsSummary summary = savings.summary(YearMonth.of(2024, 11));
        assertThat(summary.realizedMonthlySavings()).isEqualByComparingTo("3000.00");
        assertThat(summary.done()).isEqualTo(2);
        assertThat(summary.measuring()).isZero();
    }

    @Test
    void coverageAndUtilizationComeFromTheMonthsCommittedUsageAndPurchases() {
        LocalDate oct = LocalDate.parse("2024-10-10");
        cost(oct, PAYMENTS_PROD, EC2, "Usage", "Standard", null, "600");
        cost(oct, PAYMENTS_PROD, EC2, "Usage", "Committed", "Savings Plan", "300");
        cost(oct, CHECKOUT_PROD, "Amazon Elastic Container Service", "Usage", "Committed", "Savings Plan", "100");
        cost(oct, PAYMENTS_PROD, RDS, "Usage", "Standard", null, "1000"); // not eligible
        cost(oct, MANAGEMENT, "Savings Plans for AWS Compute usage", "Purchase", null, "Savings Plan", "500");
        cost(LocalDate.parse("2024-11-01"), PAYMENTS_PROD, EC2, "Usage", "Standard", null, "999"); // next month

        SavingsCoverage october = savings.summary(YearMonth.of(2024, 10)).coverage();

        assertThat(october.eligibleCost()).isEqualByComparingTo("1000");
        assertThat(october.coveredCost()).isEqualByComparingTo("400");
        assertThat(october.coverage()).isEqualByComparingTo("40.0");
        assertThat(october.commitment()).isTrue();
        assertThat(october.commitmentCost()).isEqualByComparingTo("500");
        assertThat(october.utilization()).isEqualByComparingTo("80.0");

        SavingsCoverage september = savings.summary(YearMonth.of(2024, 9)).coverage();
        assertThat(september.coverage()).isNull();
        assertThat(september.commitment()).isFalse();
        assertThat(september.utilization()).isNull();
        assertThat(september.note()).contains("No commitment (Savings Plan or Reserved Instance) was billed in 2024-09");

        TestUsers.loginAs("erin", Role.ENGINEER);
        SavingsCoverage erins = savings.summary(YearMonth.of(2024, 10)).coverage();
        assertThat(erins.eligibleCost()).isEqualByComparingTo("900"); // payments-prod only
        assertThat(erins.coverage()).isEqualByComparingTo("33.3");
        assertThat(erins.commitmentCost()).isNull(); // the organization's commitments are not hers to see
        assertThat(erins.utilization()).isEqualByComparingTo("80.0");
    }

    @Test
    void utilizationIsCappedAtAHundredPercent() {
        LocalDate oct = LocalDate.parse("2024-10-10");
        cost(oct, PAYMENTS_PROD, EC2, "Usage", "Committed", "Savings Plan", "700");
        cost(oct, MANAGEMENT, "Savings Plans for AWS Compute usage", "Purchase", null, "Savings Plan", "500");

        assertThat(savings.summary(YearMonth.of(2024, 10)).coverage().utilization()).isEqualByComparingTo("100.0");
    }

    @Test
    void anEngineerSeesAndMovesOnlyTheRecommendationsOnTheirTeamsAccounts() {
        store.upsert(RecommendationSource.RIGHTSIZING, List.of(resize("payments", PAYMENTS_PROD, "100"),
                resize("checkout", CHECKOUT_PROD, "200")));
        store.upsert(RecommendationSource.SAVINGS_PLANS, List.of(plan("org", null, "900")));
        Recommendation checkout = byExternalId("checkout");
        Recommendation org = byExternalId("org");
        TestUsers.loginAs("erin", Role.ENGINEER);

        assertThat(savings.recommendations(RecommendationFilter.ALL)).extracting(Recommendation::externalId)
                .containsExactly("payments");
        assertThatThrownBy(() -> savings.find(checkout.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> savings.accept(checkout.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> savings.find(org.id())).isInstanceOf(NoSuchElementException.class);
        Recommendation accepted = savings.accept(byExternalId("payments").id());
        assertThat(accepted.status()).isEqualTo(RecommendationStatus.ACCEPTED);
        SavingsSummary summary = savings.summary(YearMonth.of(2024, 11));
        assertThat(summary.accepted()).isEqualTo(1);
        assertThat(summary.open()).isZero();
        assertThat(summary.estimatedMonthlySavings()).isEqualByComparingTo("100");
        assertThat(summary.scope()).isEqualTo("team payments");

        // payments ran most of checkout-prod's spend in the last 30 days: the account is theirs now
        cost(TODAY.minusDays(3), CHECKOUT_PROD, EC2, "Usage", "Standard", null, "50", "payments");
        cost(TODAY.minusDays(3), CHECKOUT_PROD, RDS, "Usage", "Standard", null, "20", "checkout");
        assertThat(savings.recommendations(RecommendationFilter.ALL)).extracting(Recommendation::externalId)
                .containsExactly("checkout", "payments");
    }

    @Test
    void securityReadsButCannotMoveAndFinanceSeesEverything() {
        store.upsert(RecommendationSource.RIGHTSIZING, List.of(resize("payments", PAYMENTS_PROD, "100")));
        store.upsert(RecommendationSource.SAVINGS_PLANS, List.of(plan("org", null, "900")));
        assertThat(savings.recommendations(RecommendationFilter.ALL)).hasSize(2);
        assertThat(savings.mayAct()).isTrue();
        Recommendation payments = byExternalId("payments");

        TestUsers.loginAs("sam", Role.SECURITY);

        assertThat(savings.recommendations(RecommendationFilter.ALL)).extracting(Recommendation::externalId)
                .containsExactly("payments");
        assertThat(savings.mayAct()).isFalse();
        assertThatThrownBy(() -> savings.accept(payments.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void filtersNarrowTheListByStatusKindAndAccount() {
        store.upsert(RecommendationSource.RIGHTSIZING, List.of(resize("a", PAYMENTS_PROD, "100"),
                resize("b", CHECKOUT_PROD, "200")));
        store.upsert(RecommendationSource.SAVINGS_PLANS, List.of(plan("sp", PAYMENTS_PROD, "300")));
        savings.accept(byExternalId("a").id());

        assertThat(ids(new RecommendationFilter(RecommendationStatus.OPEN, null, null))).containsExactly("sp", "b");
        assertThat(ids(new RecommendationFilter(null, RecommendationKind.RIGHTSIZE, null))).containsExactly("b", "a");
        assertThat(ids(new RecommendationFilter(null, null, PAYMENTS_PROD))).containsExactly("sp", "a");
    }

    @Test
    void illegalMovesAreRefusedAndEveryMoveIsAudited() {
        store.upsert(RecommendationSource.SANDBOX, List.of(new RecommendationInput(RecommendationSource.SANDBOX,
                "sbx-1", RecommendationKind.TERMINATE, PAYMENTS_PROD, "i-0idle", EC2, "Terminate idle i-0idle",
                "USD", new BigDecimal("70"), new BigDecimal("70"))));
        Recommendation r = only(RecommendationStatus.OPEN);

        assertThatThrownBy(() -> savings.done(r.id())).isInstanceOf(RecommendationTransitionException.class);
        assertThatThrownBy(() -> savings.dismiss(r.id(), " ")).isInstanceOf(InvalidCostQueryException.class);
        savings.accept(r.id());
        savings.dismiss(r.id(), "kept for the load test");
        savings.reopen(r.id());
        assertThat(savings.find(r.id()).tracking().reason()).isNull();

        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        List<AuditEntry> entries = audit.search(new AuditQuery(null, null, null, "cost.recommendation.",
                r.id().toString()), 0, 10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("cost.recommendation.reopened",
                "cost.recommendation.dismissed", "cost.recommendation.accepted");
        assertThat(entries.get(1).details()).contains("kept for the load test").contains("\"from\":\"ACCEPTED\"");
        assertThat(entries.get(2).actorName()).isEqualTo("fay Name");
    }

    private List<String> ids(RecommendationFilter filter) {
        return savings.recommendations(filter).stream().map(Recommendation::externalId).toList();
    }

    private Recommendation only(RecommendationStatus status) {
        return savings.recommendations(new RecommendationFilter(status, null, null)).getFirst();
    }

    private Recommendation byExternalId(String externalId) {
        return savings.recommendations(RecommendationFilter.ALL).stream()
                .filter(r -> r.externalId().equals(externalId)).findFirst().orElseThrow();
    }

    static RecommendationInput resize(String id, String account, String savings) {
        return new RecommendationInput(RecommendationSource.RIGHTSIZING, id, RecommendationKind.RIGHTSIZE, account,
                "i-" + id, EC2, "Resize i-" + id + " from m5.2xlarge to m5.xlarge", "USD", new BigDecimal("300"),
                new BigDecimal(savings));
    }

    static RecommendationInput plan(String id, @Nullable String account, String savings) {
        return new RecommendationInput(RecommendationSource.SAVINGS_PLANS, id, RecommendationKind.SAVINGS_PLAN,
                account, null, null, "Commit 1.20 USD/hour to a Compute Savings Plan", "USD", new BigDecimal("876"),
                new BigDecimal(savings));
    }

    void cost(LocalDate day, String account, String service, String chargeCategory, @Nullable String pricing,
              @Nullable String commitmentType, String amount) {
        cost(day, account, service, chargeCategory, pricing, commitmentType, amount,
                account.equals(CHECKOUT_PROD) ? "checkout" : "payments");
    }

    void cost(LocalDate day, String account, String service, String chargeCategory, @Nullable String pricing,
              @Nullable String commitmentType, String amount, String team) {
        BigDecimal value = new BigDecimal(amount);
        // a purchase's effective cost is amortized into the covered usage; its billed cost is the commitment's fee
        BigDecimal effective = chargeCategory.equals("Purchase") ? BigDecimal.ZERO : value;
        jdbc.update("""
                insert into cost.daily_cost (charge_date, period, provider_name, billing_account_id, sub_account_id,
                  service_name, region_id, charge_category, pricing_category, commitment_discount_type, team,
                  team_source, currency, billed_cost, effective_cost, list_cost, contracted_cost, line_items)
                values (?, ?, 'AWS', '111122223333', ?, ?, 'us-east-1', ?, ?, ?, ?, 'TAG', 'USD', ?, ?, ?, ?, 1)
                """, day, YearMonth.from(day).toString(), account, service, chargeCategory, pricing, commitmentType,
                team, value, effective, value, value);
    }
}
