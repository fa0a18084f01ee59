package dev.skyway.portal.platform.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Merging the modules' changes: every source asked, newest first with a limit, only the asked account and window
 * kept, bad windows refused, a failing source not hidden.
 */
class AccountChangesTests {

    static final String ACCOUNT = "111122223333";
    static final String OTHER = "444455556666";
    static final Instant FROM = Instant.parse("2026-05-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-05-08T00:00:00Z");

    static AccountChanges of(AccountChangeSource... sources) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        for (int i = 0; i < sources.length; i++) {
            beans.addBean("source" + i, sources[i]);
        }
        return new AccountChanges(beans.getBeanProvider(AccountChangeSource.class));
    }

    static AccountChange change(String account, String at, String kind, String module) {
        return new AccountChange(account, Instant.parse(at), kind, kind + " at " + at, "Erin Engineer",
                "requests/" + at, module);
    }

    /** A module that knows these changes and answers for the account and window asked, as a real one would. */
    static AccountChangeSource knowing(AccountChange... changes) {
        return (account, from, to) -> List.of(changes).stream().filter(c -> c.accountId().equals(account)
                && !c.at().isBefore(from) && c.at().isBefore(to)).toList();
    }

    @Test
    void everySourceIsAskedAndTheirChangesMergeNewestFirst() {
        AccountChanges changes = of(
                knowing(change(ACCOUNT, "2026-05-02T10:00:00Z", AccountChange.PRODUCT_PROVISIONED, "provisioning"),
                        change(ACCOUNT, "2026-05-06T10:00:00Z", AccountChange.PRODUCT_UPDATED, "provisioning")),
                knowing(change(ACCOUNT, "2026-05-04T10:00:00Z", AccountChange.BUDGET_CHANGED, "accounts")));

        assertThat(changes.on(ACCOUNT, FROM, TO, 10)).extracting(AccountChange::kind).containsExactly(
                AccountChange.PRODUCT_UPDATED, AccountChange.BUDGET_CHANGED, AccountChange.PRODUCT_PROVISIONED);
    }

    @Test
    void theLimitKeepsTheNewest() {
        AccountChanges changes = of(knowing(
                change(ACCOUNT, "2026-05-02T10:00:00Z", AccountChange.PRODUCT_PROVISIONED, "provisioning"),
                change(ACCOUNT, "2026-05-03T10:00:00Z", AccountChange.PRODUCT_UPDATED, "provisioning"),
                change(ACCOUNT, "2026-05-04T10:00:00Z", AccountChange.PRODUCT_TERMINATED, "provisioning")));

        assertThat(changes.on(ACCOUNT, FROM, TO, 2)).extracting(AccountChange::kind)
                .containsExactly(AccountChange.PRODUCT_TERMINATED, AccountChange.PRODUCT_UPDATED);
    }

    @Test
    void changesAtTheSameInstantListInAFixedOrder() {
        AccountChange budget = change(ACCOUNT, "2026-05-02T10:00:00Z", AccountChange.BUDGET_CHANGED, "accounts");
        AccountChange vended = change(ACCOUNT, "2026-05-02T10:00:00Z", AccountChange.ACCOUNT_VENDED, "accounts");

        assertThat(of(knowing(budget, vended)).on(ACCOUNT, FROM, TO, 10)).containsExactly(vended, budget);
        assertThat(of(knowing(vended, budget)).on(ACCOUNT, FROM, TO, 10)).containsExactly(vended, budget);
    }

    @Test
    void theWindowIsFromInclusiveToExclusiveAndASourcesSlipIsLeftOut() {
        AccountChange atFrom = change(ACCOUNT, "2026-05-01T00:00:00Z", AccountChange.PRODUCT_UPDATED, "provisioning");
        AccountChange atTo = change(ACCOUNT, "2026-05-08T00:00:00Z", AccountChange.PRODUCT_UPDATED, "provisioning");
        AccountChange before = change(ACCOUNT, "2026-04-30T23:59:59Z", AccountChange.PRODUCT_UPDATED,
                "provisioning");
        AccountChange elsewhere = change(OTHER, "2026-05-03T00:00:00Z", AccountChange.PRODUCT_UPDATED,
                "provisioning");
        AccountChangeSource careless = (account, from, to) -> List.of(atFrom, atTo, before, elsewhere);

        assertThat(of(careless).on(ACCOUNT, FROM, TO, 10)).containsExactly(atFrom);
    }

    @Test
    void severalAccountsMergeIntoOneList() {
        AccountChanges changes = of(knowing(
                change(ACCOUNT, "2026-05-02T10:00:00Z", AccountChange.PRODUCT_PROVISIONED, "provisioning"),
                change(OTHER, "2026-05-03T10:00:00Z", AccountChange.ACCOUNT_CLOSED, "accounts"),
                change("777788889999", "2026-05-04T10:00:00Z", AccountChange.ACCOUNT_CLOSED, "accounts")));

        assertThat(changes.on(List.of(ACCOUNT, OTHER, ACCOUNT), FROM, TO, 10)).extracting(AccountChange::accountId)
                .containsExactly(OTHER, ACCOUNT);
    }

    @Test
    void withoutAnySourceThereAreNoChanges() {
        assertThat(of().on(ACCOUNT, FROM, TO, 10)).isEmpty();
    }

    @Test
    void aBadWindowOrLimitOrAccountIsRefused() {
        AccountChanges changes = of();
        assertThatThrownBy(() -> changes.on(ACCOUNT, TO, FROM, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must be after from");
        assertThatThrownBy(() -> changes.on(ACCOUNT, FROM, FROM, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> changes.on(ACCOUNT, FROM, TO, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> changes.on(ACCOUNT, FROM, TO, AccountChanges.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> changes.on(" ", FROM, TO, 10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailingSourceFailsTheCallRatherThanLeavingItsChangesOut() {
        AccountChanges changes = of(knowing(), (account, from, to) -> {
            throw new IllegalStateException("provisioning's database is gone");
        });

        assertThatThrownBy(() -> changes.on(ACCOUNT, FROM, TO, 10)).hasMessage("provisioning's database is gone");
    }
}
