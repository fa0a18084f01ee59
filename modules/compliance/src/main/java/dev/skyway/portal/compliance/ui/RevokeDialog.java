package dev.skyway.portal.compliance.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.compliance.WaiverStatus;

/**
 * Asks before a waiver is revoked (or a pending one withdrawn), with the reason the ledger keeps; the findings it
 * covers count again at once.
 */
final class RevokeDialog extends Dialog {

    final TextArea reason = new TextArea("Reason");
    final Button confirm;

    /** @param onConfirm gets the reason; reports a problem back through {@link #refuse(String)} */
    RevokeDialog(Waiver waiver, Consumer<String> onConfirm) {
        boolean pending = waiver.status() == WaiverStatus.PENDING_APPROVAL;
        setHeaderTitle((pending ? "Withdraw " : "Revoke ") + waiver.title() + "?");
        setId("revoke-dialog");
        setWidth("560px");
        reason.setId("revoke-reason");
        reason.setWidthFull();
        reason.setManualValidation(true);
        add(new Paragraph(pending ? "The request is taken back from the approval inbox."
                : "Its findings count in the score again from now on, and a Security Hub suppression is undone."),
                reason);
        confirm = new Button(pending ? "Withdraw" : "Revoke", e -> onConfirm.accept(reason.getValue()));
        confirm.setId("revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }

    void refuse(String message) {
        reason.setErrorMessage(message);
        reason.setInvalid(true);
    }
}
