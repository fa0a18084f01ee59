package dev.skyway.portal.catalog.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.SyncStatus;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

import jakarta.annotation.security.RolesAllowed;

/**
 * The catalog sync for platform admins: last run, result, error (with the AWS request id), and "Sync now". The sync
 * runs in the background; the page polls once a second until it ended, so the UI thread never waits for AWS.
 */
@Route("admin/catalog")
@PageTitle("Catalog sync · Skyway")
@Menu(order = 85, title = "Catalog sync", icon = "vaadin:refresh")
@RolesAllowed("PLATFORM_ADMIN")
public class CatalogAdminView extends Div {

    static final int POLL_MILLIS = 1_000;

    private final transient Catalog catalog;

    final Button syncNow = new Button("Sync now", VaadinIcon.REFRESH.create());
    final Div status = new Div();
    private Registration polling;

    CatalogAdminView(Catalog catalog) {
        this.catalog = catalog;
        addClassName("page");
        syncNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        syncNow.setId("catalog-sync-now");
        syncNow.addClickListener(e -> startSync());
        status.setId("catalog-sync-status");
        add(new PageHeader("Catalog sync",
                "The catalog is copied from AWS Service Catalog (or the sandbox) on a schedule and on demand.",
                syncNow), status);
        showStatus();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (catalog.syncRunning()) {
            poll(event.getUI());
        }
    }

    void startSync() {
        catalog.requestSync(null);
        getUI().ifPresent(this::poll);
        showStatus();
    }

    private void poll(UI ui) {
        if (polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> {
                SyncStatus now = showStatus();
                // a sync another replica (or the schedule) runs shows as RUNNING in the database
                if (!catalog.syncRunning() && now.state() != SyncStatus.State.RUNNING) {
                    ui.setPollInterval(-1);
                    polling.remove();
                    polling = null;
                }
            });
        }
    }

    SyncStatus showStatus() {
        SyncStatus s = catalog.syncStatus();
        boolean running = catalog.syncRunning() || s.state() == SyncStatus.State.RUNNING;
        // only a sync of this process disables the button: a RUNNING row left by a crashed replica must not lock it
        syncNow.setEnabled(!catalog.syncRunning());
        status.removeAll();
        Span state = new Span(running ? "Running…" : switch (s.state()) {
            case NEVER -> "Never synced";
            case SUCCEEDED -> "Last sync succeeded";
            case FAILED -> "Last sync failed";
            case RUNNING -> "Running…";
        });
        state.addClassName("sync-state");
        state.getElement().setAttribute("data-state", running ? "RUNNING" : s.state().name());
        status.add(new Div(state));
        status.add(line("Source", s.source()));
        status.add(line("Started", Formats.dateTimeWithZone(s.startedAt())));
        status.add(line("Finished", Formats.dateTimeWithZone(s.finishedAt())));
        status.add(line("Last success", Formats.dateTimeWithZone(s.lastSucceededAt())));
        status.add(line(s.state() == SyncStatus.State.FAILED ? "Error" : "Result", s.message()));
        if (s.awsRequestId() != null) {
            status.add(line("AWS request id", s.awsRequestId()));
        }
        return s;
    }

    private static Div line(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("product-card-label");
        return new Div(name, new Span(value == null ? "—" : value));
    }
}
