package dev.skyway.portal.accounts.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountBudget;
import dev.skyway.portal.accounts.AccountClosings;
import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequests;
import dev.skyway.portal.accounts.AccountSection;
import dev.skyway.portal.platform.ui.kit.Formats;

/**
 * The account page's vending section: the request that created the account (and any closing request), the baselines
 * deployed, the monthly budget, and, for platform admins and the owner team, "Request closing" (a confirmation
 * dialog naming the account, with a justification). Left out for accounts the portal did not vend and the caller
 * may not close.
 */
@Component
class VendingSection implements AccountSection {

    private final AccountRequests requests;
    private final AccountClosings closings;

    VendingSection(AccountRequests requests, AccountClosings closings) {
        this.requests = requests;
        this.closings = closings;
    }

    @Override
    public String title() {
        return "Vending";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> render(Account account) {
        List<AccountRequest> history = requests.forAccount(account.id());
        Optional<AccountBudget> budget = requests.budget(account.id());
        boolean mayClose = "ACTIVE".equals(account.status()) && closings.mayClose(account);
        if (history.isEmpty() && budget.isEmpty() && !mayClose) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("account-vending");
        if (!history.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("account-vending-requests");
            for (AccountRequest r : history) {
                RouterLink link = new RouterLink(r.title(), AccountRequestDetailView.class,
                        new RouteParameters(AccountRequestDetailView.ID, r.id().toString()));
                ListItem item = new ListItem(link);
                item.add(" · " + r.status() + " · requested by " + r.requester().name() + " on "
                        + Formats.dateTime(r.timing().createdAt()));
                list.add(item);
                if (r.kind() == AccountRequest.Kind.CREATE && !r.baselines().isEmpty()) {
                    UnorderedList baselines = new UnorderedList();
                    baselines.setId("account-vending-baselines");
                    r.baselines().forEach(b -> baselines.add(new ListItem("Baseline " + b.baselineId() + " ("
                            + b.stackSetName() + "): " + b.state())));
                    item.add(baselines); // a list holds only items: the baselines are the request's own sub-list
                }
            }
            section.add(list);
        }
        budget.ifPresent(b -> {
            Paragraph p = new Paragraph("Monthly budget: " + Formats.money(b.monthlyLimit(),
                    java.util.Currency.getInstance(b.currency())) + " (" + b.budgetName() + ")");
            p.setId("account-vending-budget");
            section.add(p);
        });
        if (mayClose) {
            Button close = new Button("Request closing", e -> closeDialog(account).open());
            close.setId("account-close");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            section.add(close);
        }
        return Optional.of(section);
    }

    CloseAccountDialog closeDialog(Account account) {
        return new CloseAccountDialog(closings, account);
    }
}
