package dev.skyway.portal.accounts.internal.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.accounts.AccountRequestViolation;
import dev.skyway.portal.accounts.NewAccountRequest;
import dev.skyway.portal.accounts.OrganizationalUnit;
import dev.skyway.portal.accounts.internal.Inventory;

/**
 * Which organizational units an account request may name: never the root nor the Suspended OU (by name or the
 * configured id), and only the configured vending OUs when there are any.
 */
class AccountRequestChecksTests {

    static final List<OrganizationalUnit> TREE = List.of(
            new OrganizationalUnit("r-ab12", "Root", null, "Root", 0),
            new OrganizationalUnit("ou-ab12-wrk00001", "Workloads", "r-ab12", "Workloads", 1),
            new OrganizationalUnit("ou-ab12-sbx00002", "Sandbox", "r-ab12", "Sandbox", 1),
            new OrganizationalUnit("ou-ab12-prk00003", "Parked", "r-ab12", "Parked", 1));

    static AccountRequestChecks checks(String suspendedOuId, List<String> allowedOus) {
        Inventory inventory = mock(Inventory.class);
        when(inventory.units()).thenReturn(TREE);
        AccountRequestStore store = mock(AccountRequestStore.class);
        when(inventory.hasAccountWithEmail(any())).thenReturn(false);
        when(store.emailHeld(any(), any())).thenReturn(false);
        return new AccountRequestChecks(inventory, store, new VendingProperties(null, null, null, null, null, null,
                null, null, null, null, null, null, suspendedOuId, allowedOus));
    }

    static NewAccountRequest in(String ou) {
        return new NewAccountRequest("team-dev", "aws+team-dev@example.com", ou, "Erin", "Engineer",
                "erin@example.com", "payments", "CC-1", "dev", BigDecimal.TEN, List.of(), Map.of(), "why");
    }

    static List<String> ouViolations(AccountRequestChecks checks, String ou) {
        return checks.check(in(ou)).stream().filter(v -> v.field().equals("organizationalUnitId"))
                .map(AccountRequestViolation::rule).toList();
    }

    @Test
    void theRootIsNeverAllowed() {
        assertThat(ouViolations(checks(null, List.of()), "r-ab12"))
                .containsExactly("NOT_ALLOWED");
        assertThat(ouViolations(checks(null, List.of("r-ab12")), "r-ab12")).as("not even when listed")
                .containsExactly("NOT_ALLOWED");
    }

    @Test
    void theConfiguredSuspendedOuIsNeverAllowedWhateverItsName() {
        assertThat(ouViolations(checks("ou-ab12-prk00003", List.of()), "ou-ab12-prk00003"))
                .containsExactly("NOT_ALLOWED");
    }

    @Test
    void withAllowedOusConfiguredOnlyThoseAreAllowed() {
        AccountRequestChecks checks = checks(null, List.of("ou-ab12-sbx00002"));

        assertThat(ouViolations(checks, "ou-ab12-sbx00002")).isEmpty();
        List<AccountRequestViolation> refused = checks.check(in("ou-ab12-wrk00001"));
        assertThat(refused).extracting(AccountRequestViolation::field, AccountRequestViolation::rule)
                .containsExactly(tuple("organizationalUnitId", "NOT_ALLOWED"));
        assertThat(refused.getFirst().message()).contains("ou-ab12-sbx00002");
    }

    @Test
    void withoutAllowedOusEveryOtherOuOfTheTreeIsAllowed() {
        assertThat(checks(null, List.of()).check(in("ou-ab12-wrk00001"))).isEmpty();
    }
}
