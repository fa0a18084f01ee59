package dev.skyway.portal.cost.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import dev.skyway.portal.cost.InvalidCostQueryException;
import dev.skyway.portal.cost.Recommendation;
import dev.skyway.portal.cost.RecommendationLifecycle;

/**
 * Asks why a recommendation is dismissed. {@code onDismiss} does the dismissal; a reason the facade refuses is shown
 * on the field and the dialog stays open.
 */
class SavingsDismissDialog extends Dialog {

    final TextArea reason = new TextArea("Why is it not worth doing?");
    final Button dismiss = new Button("Dismiss");

    SavingsDismissDialog(Recommendation r, Consumer<String> onDismiss) {
        setHeaderTitle("Dismiss recommendation");
        reason.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(RecommendationLifecycle.MAX_REASON);
        reason.setHelperText(r.summary());
        reason.setId("savings-dismiss-reason");
        add(reason);
        dismiss.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dismiss.setId("savings-dismiss-confirm");
        dismiss.addClickListener(e -> {
            try {
                onDismiss.accept(reason.getValue());
                close();
            } catch (InvalidCostQueryException problem) {
                reason.setErrorMessage(problem.problems().containsKey("reason") ? "The reason "
                        + problem.problems().get("reason") : problem.getMessage());
                reason.setInvalid(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), dismiss);
        setWidth("32rem");
    }
}
