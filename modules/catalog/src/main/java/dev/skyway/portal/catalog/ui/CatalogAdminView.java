package dev.skyway.portal.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.TemplateChecks;
import dev.skyway.portal.platform.ui.kit.PageHeader;
import dev.skyway.portal.platform.ui.kit.SyncStatusBar;

import jakarta.annotation.security.RolesAllowed;

/**
 * The catalog sync for platform admins: last run, result, error (with the AWS request id), and "Sync now", in the
 * platform's {@link SyncStatusBar} (the sync runs in the background, the UI thread never waits for AWS); and
 * "Check a template" before publishing one as a product ({@link TemplateCheckPanel}).
 */
@Route("admin/catalog")
@PageTitle("Catalog sync · Skyway")
@Menu(order = 85, title = "Catalog sync", icon = "vaadin:refresh")
@RolesAllowed("PLATFORM_ADMIN")
public class CatalogAdminView extends Div {

    final SyncStatusBar sync;
    final TemplateCheckPanel templateCheck;

    CatalogAdminView(Catalog catalog, TemplateChecks checks) {
        addClassName("page");
        sync = new SyncStatusBar("catalog-sync", catalog::syncStatus, catalog::syncRunning,
                () -> catalog.requestSync(null), null).withDetails();
        add(new PageHeader("Catalog sync",
                "The catalog is copied from AWS Service Catalog (or the sandbox) on a schedule and on demand."), sync);
        templateCheck = new TemplateCheckPanel(checks);
        add(templateCheck);
    }
}
