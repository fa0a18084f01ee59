package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.skyway.portal.platform.changes.AccountChange;
import dev.skyway.portal.platform.changes.AccountChanges;

/**
 * What product requests changed on an account, as the platform's {@link AccountChanges} tells it (H2 and PostgreSQL
 * through the subclasses): a product provisioned, updated and terminated, and a provisioning that failed in the
 * account, each at the time it finished, newest first and linked to its request; a call refused before it reached
 * the account, a request still waiting for approval and another account's product are not changes of this account.
 */
abstract class ProvisioningChangesContract extends SandboxContract {

    /** An account of this test alone: the other tests' requests go to {@link ProductRequestsContract#ACCOUNT}. */
    static final String ACCOUNT = "210987654321";

    @Autowired
    AccountChanges accountChanges;

    @Autowired
    ProvisionedResources resources;

    @Test
    void provisionedUpdatedTerminatedAndFailedInTheAccountAreItsChangesNewestFirst() {
        Instant start = clock.instant();
        String name = "chg-" + ProductRequestsContract.suffix();
        UUID bucket = provisioned(name);
        Instant provisionedAt = clock.instant();

        clock.advance(Duration.ofDays(2));
        ProductRequest update = resources.requestUpdate(bucket, Map.of("BucketNameSuffix", name,
                "Versioning", "Suspended"), "versioning off");
        awaitStatus(update.id(), RequestStatus.PROVISIONING); // dev under 50 USD: approved by rule
        sandboxFinishes();
        Instant updatedAt = clock.instant();

        clock.advance(Duration.ofHours(1));
        ProductRequest tainted = submit(name + "-tainted", ACCOUNT);
        awaitStatus(tainted.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        assertThat(requests.get(tainted.id()).status()).isEqualTo(RequestStatus.FAILED);
        Instant failedAt = clock.instant();

        ProductRequest refused = submit("ref-" + ProductRequestsContract.suffix() + "-tainted", ACCOUNT);
        awaitStatus(refused.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        // as when the provisioner refuses the call outright: the request fails without a record in the account
        jdbc.update("update provisioning.product_request set record_id = null where id = ?", refused.id());

        submit("elsewhere-" + ProductRequestsContract.suffix(), ProductRequestsContract.ACCOUNT);
        requests.submit(new NewProductRequest(ProductRequestsContract.S3, null, "prod", ACCOUNT,
                Map.of("BucketNameSuffix", "waits-" + ProductRequestsContract.suffix()), "needs approval", "cc-1234",
                ProductRequestsContract.TAGS));
        sandboxFinishes();

        clock.advance(Duration.ofDays(2));
        ProductRequest termination = resources.requestTermination(bucket, "project ended");
        awaitStatus(termination.id(), RequestStatus.TERMINATING);
        sandboxFinishes();
        Instant terminatedAt = clock.instant();

        List<AccountChange> all = accountChanges.on(ACCOUNT, start, terminatedAt.plusSeconds(1), 50);

        assertThat(all).extracting(AccountChange::kind, AccountChange::at, AccountChange::link).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AccountChange.PRODUCT_TERMINATED, terminatedAt,
                        "requests/" + termination.id()),
                org.assertj.core.groups.Tuple.tuple(AccountChange.PRODUCT_PROVISIONING_FAILED, failedAt,
                        "requests/" + tainted.id()),
                org.assertj.core.groups.Tuple.tuple(AccountChange.PRODUCT_UPDATED, updatedAt,
                        "requests/" + update.id()),
                org.assertj.core.groups.Tuple.tuple(AccountChange.PRODUCT_PROVISIONED, provisionedAt,
                        "requests/" + bucket));
        String product = requests.get(bucket).product().productName();
        assertThat(all.getLast().title()).startsWith("Provisioned " + name + " (" + product + " ");
        assertThat(all.get(2).title()).startsWith("Updated " + name + " (" + product);
        assertThat(all.getFirst().title()).startsWith("Terminated " + name + " (" + product);
        assertThat(all.get(1).title()).startsWith("Provisioning of " + name + "-tainted (" + product)
                .contains(" failed: AWS reports the provisioned product pp-");
        assertThat(all).allSatisfy(c -> {
            assertThat(c.accountId()).isEqualTo(ACCOUNT);
            assertThat(c.actor()).isEqualTo("erin Name");
            assertThat(c.sourceModule()).isEqualTo("provisioning");
        });

        assertThat(accountChanges.on(ACCOUNT, provisionedAt.plusSeconds(1), terminatedAt, 50))
                .as("the window leaves out what finished before it and from its end on")
                .extracting(AccountChange::kind)
                .containsExactly(AccountChange.PRODUCT_PROVISIONING_FAILED, AccountChange.PRODUCT_UPDATED);
        assertThat(accountChanges.on(ACCOUNT, start, terminatedAt.plusSeconds(1), 1)).extracting(AccountChange::kind)
                .containsExactly(AccountChange.PRODUCT_TERMINATED);
    }

    ProductRequest submit(String name, String account) {
        return requests.submit(new NewProductRequest(ProductRequestsContract.S3, null, "dev", account,
                Map.of("BucketNameSuffix", name), "logs for the payments service", "cc-1234",
                ProductRequestsContract.TAGS));
    }

    UUID provisioned(String name) {
        ProductRequest submitted = submit(name, ACCOUNT);
        awaitStatus(submitted.id(), RequestStatus.PROVISIONING);
        sandboxFinishes();
        assertThat(requests.get(submitted.id()).status()).isEqualTo(RequestStatus.PROVISIONED);
        return submitted.id();
    }
}
