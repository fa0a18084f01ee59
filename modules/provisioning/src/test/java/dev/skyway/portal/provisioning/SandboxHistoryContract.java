package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.platform.directory.AccountDirectory;
import dev.skyway.portal.platform.directory.TargetAccount;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.provisioning.internal.sandbox.SandboxHistory;
import dev.skyway.testsupport.TestUsers;

/**
 * The sandbox's first start (H2 and PostgreSQL through the subclasses, the sandbox organization's payments accounts as
 * the inventory): the made-up history is recorded once, as the demo engineer's team's provisioned products with their
 * estimates, outputs, tags and lifetimes, readable without a user by the cost module; it is a history like any other
 * (day-2 changes go through the sandbox account); a second start records nothing.
 */
@Import(SandboxHistoryContract.Inventory.class)
abstract class SandboxHistoryContract extends SandboxContract {

    static final String PAYMENTS_PROD = "382272806015";
    static final String PAYMENTS_STAGING = "392717429185";
    static final String PAYMENTS_DEV = "393761891502";
    static final UUID ORDERS_DB = id("orders-db");
    static final UUID WEBHOOK_RELAY = id("webhook-relay");
    static final UUID RECON_SCRATCH = id("recon-scratch");

    @TestConfiguration
    static class Inventory {

        @Bean
        AccountDirectory sandboxOrganizationsPaymentsAccounts() {
            Map<String, TargetAccount> accounts = Map.of(
                    PAYMENTS_PROD, new TargetAccount(PAYMENTS_PROD, "prod", "payments", "ACTIVE"),
                    PAYMENTS_STAGING, new TargetAccount(PAYMENTS_STAGING, "staging", "payments", "ACTIVE"),
                    PAYMENTS_DEV, new TargetAccount(PAYMENTS_DEV, "dev", "payments", "ACTIVE"));
            return id -> Optional.ofNullable(accounts.get(id));
        }
    }

    @Autowired
    SandboxHistory history;

    @Autowired
    ProvisioningHistory provisioningHistory;

    @Autowired
    ProvisionedResources resources;

    @Test
    void aFirstStartRecordsTheDemoTeamsProductsOnceAndTheyLiveOnLikeAnyOther() {
        Instant now = clock.instant();
        assertThat(provisioningHistory.sandboxHistoryPending()).as("off in the tests' configuration").isFalse();
        TestUsers.logout(); // as the background work runs: no user

        assertThat(history.recordIfReady()).contains(9);
        assertThat(history.recordIfReady()).as("requests exist now").contains(0);
        assertThat(jdbc.queryForObject("select count(*) from provisioning.product_request", Integer.class))
                .as("nine products, two of them with their TERMINATE request").isEqualTo(11);

        List<ResourceLifetime> lives = provisioningHistory.provisionedSince(now.minus(Duration.ofDays(365)));
        assertThat(lives).hasSize(9).allSatisfy(life -> {
            assertThat(life.team()).isEqualTo("payments");
            assertThat(life.accountId()).isIn(PAYMENTS_PROD, PAYMENTS_STAGING, PAYMENTS_DEV);
            assertThat(life.estimate()).isNotNull().satisfies(e -> assertThat(e.amount()).isPositive());
            assertThat(life.provisionedAt()).isBetween(now.minus(Duration.ofDays(120)),
                    now.minus(Duration.ofDays(10)));
        });
        assertThat(lives).extracting(ResourceLifetime::provisionedAt).isSorted();
        assertThat(lives).filteredOn(life -> life.terminatedAt() != null).extracting(ResourceLifetime::id)
                .containsExactlyInAnyOrder(RECON_SCRATCH, id("payments-staging-eks"));
        assertThat(lives).filteredOn(life -> life.terminatedAt() != null).allSatisfy(life ->
                assertThat(life.terminatedAt()).isAfter(life.provisionedAt()).isBefore(now));
        assertThat(lives).filteredOn(life -> life.id().equals(ORDERS_DB)).singleElement().satisfies(life -> {
            assertThat(life.productName()).isEqualTo("RDS PostgreSQL");
            assertThat(life.name()).isEqualTo("orders");
            // base 5.00 + db.m7g.large 121.18 + Multi-AZ 60.00 + 200 GB at 0.115
            assertThat(life.estimate()).isEqualTo(Money.of("209.18", "USD"));
        });
        assertThat(provisioningHistory.provisionedSince(now.minus(Duration.ofDays(30))))
                .extracting(ResourceLifetime::id).contains(WEBHOOK_RELAY).doesNotContain(ORDERS_DB);

        TestUsers.loginAs("engineer", Role.ENGINEER); // the demo engineer, team payments
        assertThatThrownBy(() -> provisioningHistory.provisionedSince(now))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(resources.countMine(ResourceQuery.all())).as("not terminated").isEqualTo(7);
        assertThat(resources.countMine(new ResourceQuery(null, RequestStatus.TERMINATED, null))).isEqualTo(2);
        assertThat(requests.countMine(null)).isEqualTo(11);
        ProductRequest orders = requests.get(ORDERS_DB);
        assertThat(orders.status()).isEqualTo(RequestStatus.PROVISIONED);
        assertThat(orders.requester().name()).isEqualTo("Erin Engineer");
        assertThat(orders.target()).isEqualTo(new Target("prod", PAYMENTS_PROD));
        assertThat(orders.outputs()).containsKeys("DbEndpoint", "DbPort", "CloudFormationStackArn");
        assertThat(orders.parameters()).containsEntry("InstanceClass", "db.m7g.large")
                .containsEntry("MasterPassword", ProductRequest.MASKED).containsKeys("VpcId", "SubnetIds");
        assertThat(orders.tags()).containsEntry("cost-center", "CC-1001 Payments");
        assertThat(orders.timing().provisionedAt()).isBetween(now.minus(Duration.ofDays(105)),
                now.minus(Duration.ofDays(103)));
        assertThat(orders.timing().createdAt()).isBefore(orders.timing().provisionedAt());
        assertThat(requests.process(ORDERS_DB)).as("approval engines record decisions as made").isEmpty();
        assertThat(resources.get(RECON_SCRATCH).status()).isEqualTo(RequestStatus.TERMINATED);
        assertThat(resources.get(WEBHOOK_RELAY).estimatedMonthlyCost()).isEqualTo(Money.of("3.06", "USD"));

        // the sandbox account has the product: terminating it goes through like for any other
        ProductRequest termination = resources.requestTermination(WEBHOOK_RELAY, "the relay moved to the gateway");
        awaitStatus(termination.id(), RequestStatus.TERMINATING);
        sandboxFinishes();
        assertThat(awaitStatus(termination.id(), RequestStatus.TERMINATED).statusReason()).isNull();
        assertThat(resources.get(WEBHOOK_RELAY).status()).isEqualTo(RequestStatus.TERMINATED);
    }

    static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("sandbox-history/" + key).getBytes(StandardCharsets.UTF_8));
    }
}
