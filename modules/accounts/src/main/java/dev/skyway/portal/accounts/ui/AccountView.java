package dev.skyway.portal.accounts.ui;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountNotFoundException;
import dev.skyway.portal.accounts.AccountSection;
import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * One account: owner team, cost center, OU path, status, joined date and tags, followed by the sections other modules
 * contribute through {@link AccountSection} beans (none yet; no empty placeholders).
 */
@Route("accounts/:accountId")
@PageTitle("Account · Skyway")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class AccountView extends Div implements BeforeEnterObserver {

    static final String ACCOUNT_ID = "accountId";

    private final transient Accounts accounts;
    private final transient List<AccountSection> sections;

    AccountView(Accounts accounts, ObjectProvider<AccountSection> sections) {
        this.accounts = accounts;
        this.sections = sections.orderedStream().sorted(Comparator.comparingInt(AccountSection::order)).toList();
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get(ACCOUNT_ID).orElse(""));
    }

    /** Shows the account, or a not-found state with a way back. */
    void show(String id) {
        removeAll();
        Account account;
        try {
            account = accounts.account(id);
        } catch (AccountNotFoundException e) {
            add(new EmptyState(VaadinIcon.CLUSTER, "Account not found", e.getMessage(),
                    new RouterLink("Back to the accounts", AccountsView.class)));
            return;
        }
        add(new RouterLink("← Accounts", AccountsView.class));
        add(new PageHeader(account.name(), account.id() + " · " + account.email()));
        Div facts = new Div();
        facts.setId("account-facts");
        facts.add(line("Status", account.status()));
        facts.add(line("OU", account.ouPath()));
        facts.add(line("Owner team", account.ownerTeam()));
        facts.add(line("Cost center", account.costCenter()));
        facts.add(line("Joined", Formats.dateTimeWithZone(account.joinedAt())));
        facts.add(line("Tags", account.tags().isEmpty() ? "none" : String.join(", ", account.tags().entrySet()
                .stream().map(t -> t.getKey() + "=" + t.getValue()).toList())));
        add(facts);
        for (AccountSection section : sections) {
            section.render(account).ifPresent(content -> {
                Div wrapper = new Div(new H3(section.title()), content);
                wrapper.addClassName("account-section");
                add(wrapper);
            });
        }
    }

    private static Div line(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("product-card-label");
        return new Div(name, new Span(value == null ? "—" : value));
    }
}
