package dev.skyway.portal.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

import dev.skyway.portal.approvals.ApprovalProcess;
import dev.skyway.portal.platform.directory.AccountDirectory;
import dev.skyway.portal.platform.directory.TargetAccount;

/**
 * The requester does not control routing inputs (H2 and PostgreSQL through the subclasses, with a test inventory in
 * place of the accounts module): the environment must be the target account's, and an engineer targets only their
 * team's accounts (erin is in team payments).
 */
@Import(TargetAccountContract.Inventory.class)
abstract class TargetAccountContract extends SandboxContract {

    static final String PAYMENTS_PROD = "210987654321";
    static final String CHECKOUT_DEV = "310987654321";

    @TestConfiguration
    static class Inventory {

        @Bean
        AccountDirectory testAccountDirectory() {
            Map<String, TargetAccount> accounts = Map.of(
                    PAYMENTS_PROD, new TargetAccount(PAYMENTS_PROD, "prod", "payments", "ACTIVE"),
                    CHECKOUT_DEV, new TargetAccount(CHECKOUT_DEV, "dev", "checkout", "ACTIVE"));
            return id -> Optional.ofNullable(accounts.get(id));
        }
    }

    @Test
    void aDevRequestIntoAProdAccountIsRefusedNamingEnvironmentWithNothingStored() {
        int before = count();

        assertThatThrownBy(() -> requests.submit(bucket("dev", PAYMENTS_PROD)))
                .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.violations())
                        .extracting(RequestViolation::field, RequestViolation::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("environment", "ACCOUNT_ENVIRONMENT")));
        assertThat(requests.check(bucket("dev", PAYMENTS_PROD))).extracting(RequestViolation::field)
                .containsExactly("environment");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aProdRequestIntoTheTeamsProdAccountIsRoutedAsProdNotAutoApproved() {
        ProductRequest submitted = requests.submit(bucket("prod", PAYMENTS_PROD));

        assertThat(submitted.status()).isEqualTo(RequestStatus.PENDING_APPROVAL);
        assertThat(requests.process(submitted.id())).get().extracting(ApprovalProcess::autoApproved)
                .isEqualTo(false);
    }

    @Test
    void anEngineerCannotTargetAnotherTeamsAccount() {
        int before = count();

        assertThatThrownBy(() -> requests.submit(bucket("dev", CHECKOUT_DEV)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("team checkout");
        assertThat(count()).isEqualTo(before);
    }

    static NewProductRequest bucket(String environment, String account) {
        return new NewProductRequest(ProductRequestsContract.S3, null, environment, account,
                Map.of("BucketNameSuffix", "routing-" + ProductRequestsContract.suffix()), "routing check", null,
                ProductRequestsContract.TAGS);
    }

    int count() {
        return jdbc.queryForObject("select count(*) from provisioning.product_request", Integer.class);
    }

}
