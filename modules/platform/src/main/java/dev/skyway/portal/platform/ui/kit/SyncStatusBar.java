package dev.skyway.portal.platform.ui.kit;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

import dev.skyway.portal.platform.jobs.SyncState;
import dev.skyway.portal.platform.jobs.SyncStatus;

/**
 * A sync's status and its "Sync now" button, for a platform admin: a state badge, the last run's result (or its error
 * with the AWS request id), and with {@link #withDetails()} the source and times line by line. The sync runs in the
 * background; the page polls once a second until it ended (the UI thread never waits for AWS), then calls the
 * {@code whenSynced} callback.
 *
 * <p>Ids: {@code <id>} on the bar, {@code <id>-now} on the button, {@code <id>-status} on the status (whose
 * {@code data-state} attribute, like the badge's ({@code .sync-state}), holds the {@link SyncState} shown).
 */
public class SyncStatusBar extends Div {

    static final int POLL_MILLIS = 1_000;

    private final Supplier<SyncStatus> status;
    private final BooleanSupplier runningHere;
    private final Runnable start;
    private final @Nullable Runnable whenSynced;
    private final Button syncNow = new Button("Sync now", VaadinIcon.REFRESH.create());
    private final Div statusBox = new Div();
    private final Span state = new Span();
    private final Span summary = new Span();
    private final Div details = new Div();
    private boolean showDetails;
    private Registration polling;

    /**
     * @param id          the element id prefix, e.g. {@code catalog-sync}
     * @param status      reads the sync's status (called on the UI thread; must not call AWS)
     * @param runningHere whether this process runs a sync started from here (only that disables the button: a
     *                    RUNNING row left by a crashed replica must not lock it)
     * @param start       starts a sync in the background
     * @param whenSynced  called on the UI thread once a sync this bar watched ended
     */
    public SyncStatusBar(String id, Supplier<SyncStatus> status, BooleanSupplier runningHere, Runnable start,
                         @Nullable Runnable whenSynced) {
        this.status = status;
        this.runningHere = runningHere;
        this.start = start;
        this.whenSynced = whenSynced;
        setId(id);
        addClassName("sync-status-bar");
        syncNow.setId(id + "-now");
        syncNow.addThemeVariants(ButtonVariant.LUMO_SMALL);
        syncNow.addClickListener(e -> startSync());
        state.addClassName("sync-state");
        summary.addClassName("sync-summary");
        statusBox.setId(id + "-status");
        HorizontalLayout line = new HorizontalLayout(syncNow, state, summary);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.setPadding(false);
        statusBox.add(line, details);
        add(statusBox);
        showStatus();
    }

    /** Also shows source, start, end, last success and the AWS request id line by line. */
    public SyncStatusBar withDetails() {
        showDetails = true;
        showStatus();
        return this;
    }

    /** The "Sync now" button. */
    public Button syncNow() {
        return syncNow;
    }

    /** The one-line result shown next to the badge. */
    public String summary() {
        return summary.getText();
    }

    /** The state shown: RUNNING while a run goes on here or elsewhere, else the stored state. */
    public SyncState shownState() {
        return SyncState.valueOf(statusBox.getElement().getAttribute("data-state"));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (runningHere.getAsBoolean()) {
            poll(event.getUI());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    void startSync() {
        start.run();
        getUI().ifPresent(this::poll);
        showStatus();
    }

    private void poll(UI ui) {
        if (polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> {
                // a sync another replica (or the schedule) runs shows as RUNNING in the database
                if (showStatus() != SyncState.RUNNING) {
                    stopPolling(ui);
                    if (whenSynced != null) {
                        whenSynced.run();
                    }
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

    /** Reads the status and shows it; returns the state shown. */
    SyncState showStatus() {
        SyncStatus s = status.get();
        boolean here = runningHere.getAsBoolean();
        SyncState shown = here ? SyncState.RUNNING : s.state();
        syncNow.setEnabled(!here);
        state.setText(switch (shown) {
            case NEVER -> "Never synced";
            case RUNNING -> "Running…";
            case SUCCEEDED -> "Succeeded";
            case FAILED -> "Failed";
        });
        state.getElement().getThemeList().clear();
        state.getElement().getThemeList().add(switch (shown) {
            case SUCCEEDED -> "badge success";
            case FAILED -> "badge error";
            default -> "badge contrast";
        });
        state.getElement().setAttribute("data-state", shown.name());
        statusBox.getElement().setAttribute("data-state", shown.name());
        summary.setText(switch (shown) {
            case NEVER -> "The first sync has not run yet.";
            case RUNNING -> "Sync running…";
            case SUCCEEDED -> "Last sync " + Formats.dateTimeWithZone(s.finishedAt()) + " from " + s.source() + ": "
                    + s.message();
            case FAILED -> "Last sync failed " + Formats.dateTimeWithZone(s.finishedAt()) + ": " + s.message()
                    + (s.awsRequestId() == null ? "" : " (AWS request id " + s.awsRequestId() + ")");
        });
        details.removeAll();
        details.setVisible(showDetails);
        if (showDetails) {
            details.add(line("Source", s.source()), line("Started", Formats.dateTimeWithZone(s.startedAt())),
                    line("Finished", Formats.dateTimeWithZone(s.finishedAt())),
                    line("Last success", Formats.dateTimeWithZone(s.lastSucceededAt())),
                    line(s.state() == SyncState.FAILED ? "Error" : "Result", s.message()));
            if (s.awsRequestId() != null) {
                details.add(line("AWS request id", s.awsRequestId()));
            }
        }
        return shown;
    }

    private static Div line(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("sync-detail-label");
        return new Div(name, new Span(value == null ? "—" : value));
    }
}
