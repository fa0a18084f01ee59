package dev.skyway.portal.approvals.ui;

import java.time.LocalDateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.approvals.ApprovalDelegations;
import dev.skyway.portal.approvals.Delegation;
import dev.skyway.portal.platform.ui.kit.Formats;

/** The caller's delegations: create one with a date-time window, cancel one. */
class DelegationDialog extends Dialog {

    private final transient ApprovalDelegations delegations;
    private final transient java.time.Clock clock;

    final TextField delegate = new TextField("Delegate");
    final DateTimePicker from = new DateTimePicker("From");
    final DateTimePicker to = new DateTimePicker("Until");
    final Button create = new Button("Delegate");
    final Grid<Delegation> grid = new Grid<>(Delegation.class, false);

    DelegationDialog(ApprovalDelegations delegations, java.time.Clock clock) {
        this.delegations = delegations;
        this.clock = clock;
        setHeaderTitle("Delegation");
        setWidth("760px");
        delegate.setHelperText("issuer#subject, or a demo user's username");
        LocalDateTime now = LocalDateTime.now(clock.withZone(Formats.zone())).withSecond(0).withNano(0);
        from.setValue(now);
        to.setValue(now.plusDays(7));
        create.addClickListener(e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(delegate, from, to, create);
        form.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        form.setWrap(true);
        grid.addColumn(d -> d.delegator() + " → " + d.delegate()).setHeader("Who").setAutoWidth(true);
        grid.addColumn(d -> Formats.dateTime(d.startsAt())).setHeader("From").setAutoWidth(true);
        grid.addColumn(d -> Formats.dateTime(d.endsAt())).setHeader("Until").setAutoWidth(true);
        grid.addColumn(d -> d.cancelledAt() != null ? "cancelled" : d.activeAt(clock.instant()) ? "active"
                : d.endsAt().isBefore(clock.instant()) ? "ended" : "planned").setHeader("State");
        grid.addComponentColumn(d -> {
            Button cancel = new Button("Cancel", e -> {
                delegations.cancel(d.id());
                refresh();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            cancel.setEnabled(d.cancelledAt() == null && !d.endsAt().isBefore(clock.instant()));
            return cancel;
        });
        grid.setAllRowsVisible(true);
        add(form, grid);
        getFooter().add(new Button("Close", e -> close()));
        refresh();
    }

    private void create() {
        delegate.setInvalid(false);
        to.setInvalid(false);
        try {
            delegations.delegate(delegate.getValue(),
                    from.getValue() == null ? null : from.getValue().atZone(Formats.zone()).toInstant(),
                    to.getValue() == null ? null : to.getValue().atZone(Formats.zone()).toInstant());
            delegate.clear();
            refresh();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            if (message.startsWith("delegate:")) {
                delegate.setErrorMessage(message.substring("delegate:".length()).strip());
                delegate.setInvalid(true);
            } else {
                to.setErrorMessage(message.substring(message.indexOf(':') + 1).strip());
                to.setInvalid(true);
            }
        }
    }

    private void refresh() {
        grid.setItems(delegations.mine());
    }

}
