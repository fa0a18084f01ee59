package dev.skyway.portal.accounts.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.accounts.SyncStatus;
import dev.skyway.portal.platform.ui.kit.Formats;

/**
 * The platform admin's sync bar on the accounts page: the last sync's result and "Sync now". The sync runs in the
 * background; the page polls once a second until it ended (the UI thread never waits for AWS), then reloads.
 */
class SyncBar extends HorizontalLayout {

    static final int POLL_MILLIS = 1_000;

    private final transient Accounts accounts;
    private final Runnable whenSynced;
    final Button syncNow = new Button("Sync now", VaadinIcon.REFRESH.create());
    final Span status = new Span();
    private Registration polling;

    SyncBar(Accounts accounts, Runnable whenSynced) {
        this.accounts = accounts;
        this.whenSynced = whenSynced;
        setId("accounts-sync");
        setAlignItems(FlexComponent.Alignment.CENTER);
        syncNow.setId("accounts-sync-now");
        syncNow.addThemeVariants(ButtonVariant.LUMO_SMALL);
        syncNow.addClickListener(e -> start());
        status.setId("accounts-sync-status");
        add(syncNow, status);
        showStatus();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (accounts.syncRunning()) {
            poll(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    void start() {
        accounts.requestSync(null);
        getUI().ifPresent(this::poll);
        showStatus();
    }

    private void poll(UI ui) {
        if (polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> {
                SyncStatus now = showStatus();
                if (!accounts.syncRunning() && now.state() != SyncStatus.State.RUNNING) {
                    stopPolling(ui);
                    whenSynced.run();
                }
            });
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            ui.setPollInterval(-1);
            polling.remove();
            polling = null;
        }
    }

    SyncStatus showStatus() {
        SyncStatus s = accounts.syncStatus();
        boolean running = accounts.syncRunning() || s.state() == SyncStatus.State.RUNNING;
        // only a sync of this process disables the button: a RUNNING row left by a crashed replica must not lock it
        syncNow.setEnabled(!accounts.syncRunning());
        String text = running ? "Sync running…" : switch (s.state()) {
            case NEVER -> "Never synced";
            case SUCCEEDED -> "Last sync " + Formats.dateTimeWithZone(s.finishedAt()) + " from " + s.source() + ": "
                    + s.message();
            case FAILED -> "Last sync failed " + Formats.dateTimeWithZone(s.finishedAt()) + ": " + s.message()
                    + (s.awsRequestId() == null ? "" : " (AWS request id " + s.awsRequestId() + ")");
            case RUNNING -> "Sync running…";
        };
        status.setText(text);
        status.getElement().setAttribute("data-state", running ? "RUNNING" : s.state().name());
        return s;
    }
}
