package dev.skyway.portal.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountClosings;
import dev.skyway.portal.accounts.AccountRequest;
import dev.skyway.portal.accounts.AccountRequestValidationException;
import dev.skyway.portal.accounts.AccountRequestViolation;

/**
 * Asks before requesting that an account be closed: names the account, says what closing does, and takes the
 * justification. A refused request keeps the dialog open with the reason at the field, so nothing typed is lost.
 */
class CloseAccountDialog extends Dialog {

    final TextArea justification = new TextArea("Justification");
    final Paragraph refusal = new Paragraph();
    final Button confirm = new Button("Request closing");

    private final transient AccountClosings closings;
    private final Account account;

    CloseAccountDialog(AccountClosings closings, Account account) {
        this.closings = closings;
        this.account = account;
        setHeaderTitle("Close " + account.name() + " (" + account.id() + ")?");
        justification.setId("account-close-justification");
        justification.setWidthFull();
        justification.setRequired(true);
        justification.setMaxLength(2000);
        refusal.addClassName("form-refusal");
        refusal.setVisible(false);
        Div content = new Div(new Paragraph("After approval (an approver, then security) the account " + account.name()
                + " is closed: it is suspended, moved to the Suspended OU, and deleted by AWS after 90 days."),
                justification, refusal);
        content.setId("account-close-dialog");
        content.setMaxWidth("32rem");
        add(content);
        Button cancel = new Button("Cancel", e -> close());
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> submit());
        getFooter().add(cancel, confirm);
        setCloseOnEsc(true);
    }

    /** Sends the request; on success the caller goes to it, on refusal the reasons show in the dialog. */
    void submit() {
        justification.setInvalid(false);
        refusal.setVisible(false);
        if (justification.getValue().isBlank()) {
            justification.setErrorMessage("Say why the account should be closed");
            justification.setInvalid(true);
            return;
        }
        try {
            AccountRequest created = closings.requestClose(account.id(), justification.getValue());
            close();
            getUI().ifPresent(ui -> ui.navigate(AccountRequestDetailView.class,
                    new RouteParameters(AccountRequestDetailView.ID, created.id().toString())));
        } catch (AccountRequestValidationException e) {
            for (AccountRequestViolation v : e.violations()) {
                if (v.field().equals("justification")) {
                    justification.setErrorMessage("Justification " + v.message());
                    justification.setInvalid(true);
                } else {
                    refusal.setText(v.message());
                    refusal.setVisible(true);
                }
            }
        }
    }
}
