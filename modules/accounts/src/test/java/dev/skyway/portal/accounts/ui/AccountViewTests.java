package dev.skyway.portal.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.browserless.BrowserlessTest;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountQuery;
import dev.skyway.portal.accounts.AccountSection;
import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.testsupport.AccountsTestApplication;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.TestUsers;

/**
 * The account page: the account's facts, sections contributed through {@link AccountSection} (and none for a
 * section that has nothing to show), and a not-found state for an unknown id.
 */
@SpringBootTest(classes = AccountsTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class AccountViewTests extends BrowserlessTest {

    @Autowired
    Accounts accounts;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @BeforeEach
    void synced() {
        TestUsers.loginAs("ada", Role.PLATFORM_ADMIN);
        accounts.syncNow();
        TestUsers.loginAs("finley", Role.FINANCE);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    static AccountSection section(String title, int order, boolean shows) {
        return new AccountSection() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public Optional<Component> render(Account account) {
                return shows ? Optional.of(new Span(title + " of " + account.name())) : Optional.empty();
            }
        };
    }

    AccountView open(AccountSection... sections) {
        ObjectProvider<AccountSection> provider = new ObjectProvider<>() {
            @Override
            public Stream<AccountSection> orderedStream() {
                return Stream.of(sections);
            }
        };
        AccountView view = new AccountView(accounts, provider);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void showsTheAccountsFactsAndTheContributedSectionsInOrder() {
        Account payments = accounts.search(new AccountQuery("payments-prod", null, null, null, null), 0, 1)
                .getFirst();
        AccountView view = open(section("Costs", 20, true), section("Nothing here", 5, false),
                section("Compliance", 10, true));

        view.show(payments.id());

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("payments-prod", "Workloads/Prod", "payments", "CC-2100", "environment=prod",
                "ACTIVE");
        assertThat(view.getChildren().filter(c -> c.hasClassName("account-section"))
                .map(c -> c.getElement().getTextRecursively()).toList())
                .containsExactly("ComplianceCompliance of payments-prod", "CostsCosts of payments-prod");
    }

    @Test
    void anUnknownAccountShowsNotFound() {
        AccountView view = open();

        view.show("999999999999");

        assertThat(view.getElement().getTextRecursively()).contains("Account not found", "999999999999");
    }
}
