package dev.skyway.portal.cost.ui;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import dev.skyway.portal.cost.CostImport;
import dev.skyway.portal.cost.CostImports;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * Importing FOCUS files: an upload field that streams each file to the import (its header is checked at once, the
 * rest runs in the background), what became of each file, and the recent imports, refreshed every two seconds while
 * one runs.
 */
@Route(CostLinks.IMPORTS)
@PageTitle("Cost imports · Skyway")
@Menu(order = 65, title = "Cost imports", icon = "vaadin:upload")
@RolesAllowed({"FINANCE", "PLATFORM_ADMIN"})
public class CostImportsView extends Div {

    static final int RECENT = 50;
    static final int POLL_MILLIS = 2_000;

    private final transient CostImports imports;

    final Upload upload;
    final Div outcomes = new Div();
    final ImportsGrid grid = new ImportsGrid();
    final EmptyState empty = new EmptyState(VaadinIcon.UPLOAD, "Nothing imported yet",
            "Upload a FOCUS export above, or configure an S3 Data Exports source.", null);
    private @Nullable Registration polling;

    CostImportsView(CostImports imports) {
        this.imports = imports;
        addClassName("page");
        upload = new Upload(new FocusUploadHandler(imports, this::show));
        upload.setId("imports-upload");
        upload.setAcceptedFileTypes(".csv", ".gz", ".parquet");
        upload.setMaxFileSize((int) FocusUploadHandler.MAX_BYTES);
        upload.setMaxFiles(20);
        upload.setDropAllowed(true);
        // the file is the request body: no multipart parsing, so no servlet multipart size limit and nothing buffered
        upload.setUploadFormat(UploadFormat.RAW);
        outcomes.setId("imports-outcomes");
        add(new PageHeader("Cost imports", "FOCUS 1.0 to 1.2 exports (CSV, gzip CSV or Parquet, up to 2 GB) from "
                        + "AWS Data Exports or any other tool. Importing the same file again changes nothing; a newer "
                        + "delivery of a billing period replaces it."),
                upload, outcomes, new H2("Recent imports"), grid, empty);
    }

    /** Reports one file's outcome and shows the import it started. */
    void show(UploadOutcome outcome) {
        Paragraph line = new Paragraph(outcome.message());
        line.addClassName(outcome.isError() ? "form-refusal" : "import-outcome");
        line.getElement().setAttribute("data-outcome", outcome.kind().name());
        outcomes.addComponentAsFirst(line);
        refresh();
    }

    /** Re-reads the recent imports; polls while one is running. */
    void refresh() {
        List<CostImport> recent = imports.recent(RECENT);
        grid.show(recent);
        grid.setVisible(!recent.isEmpty());
        empty.setVisible(recent.isEmpty());
        boolean running = recent.stream().anyMatch(i -> CostImport.RUNNING.equals(i.status()));
        getUI().ifPresent(ui -> {
            if (running) {
                startPolling(ui);
            } else {
                stopPolling(ui);
            }
        });
    }

    boolean polling() {
        return polling != null;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    private void startPolling(UI ui) {
        if (polling == null) {
            ui.setPollInterval(POLL_MILLIS);
            polling = ui.addPollListener(e -> refresh());
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            ui.setPollInterval(-1);
            polling.remove();
            polling = null;
        }
    }
}
