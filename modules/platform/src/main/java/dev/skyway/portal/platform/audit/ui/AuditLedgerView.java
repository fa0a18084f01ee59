package dev.skyway.portal.platform.audit.ui;

import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.platform.audit.AuditEntry;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditQuery;
import dev.skyway.portal.platform.audit.ChainVerification;
import dev.skyway.portal.platform.ui.kit.CsvExport;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.Formats;
import dev.skyway.portal.platform.ui.kit.PageHeader;

import jakarta.annotation.security.RolesAllowed;

/** Browse, filter and export the audit ledger, and check that its hash chain is intact. */
@Route("audit")
@PageTitle("Audit ledger · Skyway")
@Menu(order = 90, title = "Audit ledger", icon = "vaadin:book")
@RolesAllowed({"SECURITY", "PLATFORM_ADMIN"})
public class AuditLedgerView extends Div {

    private static final int EXPORT_PAGE = 1_000;

    private final transient AuditLedger ledger;

    final TextField actor = filterField("Actor", "Subject or name");
    final TextField action = filterField("Action", "e.g. auth.");
    final TextField target = filterField("Target", "Type or id");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To (inclusive)");
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);
    final Button verify = new Button("Verify chain", VaadinIcon.SHIELD.create());
    final Div verification = new Div();

    AuditLedgerView(AuditLedger ledger) {
        this.ledger = ledger;
        addClassName("page");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(e -> showVerification(ledger.verify()));
        verification.setId("verification-result");
        CsvExport<AuditEntry> csv = new CsvExport<AuditEntry>()
                .column("seq", AuditEntry::seq)
                .column("occurred_at_utc", AuditEntry::occurredAt)
                .column("actor_issuer", AuditEntry::actorIssuer)
                .column("actor_subject", AuditEntry::actorSubject)
                .column("actor_name", AuditEntry::actorName)
                .column("action", AuditEntry::action)
                .column("target_type", AuditEntry::targetType)
                .column("target_id", AuditEntry::targetId)
                .column("details", AuditEntry::details)
                .column("correlation_id", AuditEntry::correlationId)
                .column("prev_hash", AuditEntry::prevHash)
                .column("hash", AuditEntry::hash)
                .column("key_id", AuditEntry::keyId);
        Component export = csv.downloadLink("Export CSV", "audit-ledger.csv", this::allMatching);
        add(new PageHeader("Audit ledger",
                "Every audited action, hash-chained and signed with the portal's HMAC key: changing, deleting or "
                        + "reordering an entry breaks the chain.",
                export, verify));
        add(verification, filters(), configureGrid());
    }

    private HorizontalLayout filters() {
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        from.setWidth("10em");
        to.setWidth("10em");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        Button clear = new Button("Clear filters", e -> {
            actor.clear();
            action.clear();
            target.clear();
            from.clear();
            to.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(actor, action, target, from, to, clear);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Grid<AuditEntry> configureGrid() {
        // fixed widths instead of auto width, which measures every cell once the rows arrive; a row opens to show
        // all of the entry
        grid.addColumn(AuditEntry::seq).setHeader("#").setWidth("5.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader("Time").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(e -> e.actorName() == null ? e.actorSubject() : e.actorName()).setHeader("Actor")
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(AuditEntry::action).setHeader("Action").setWidth("13rem").setFlexGrow(1);
        grid.addColumn(e -> e.targetType() + " " + e.targetId()).setHeader("Target").setWidth("14rem")
                .setFlexGrow(1);
        grid.addColumn(AuditEntry::details).setHeader("Details").setWidth("12rem").setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(AuditLedgerView::details));
        grid.setEmptyStateComponent(new EmptyState(VaadinIcon.BOOK, "No entries match",
                "Clear the filters, or come back when something was done in the portal.", null));
        grid.setHeight("640px");
        grid.setId("audit-grid");
        grid.setItems(query -> ledger.search(query(), query.getOffset(), query.getLimit()).stream(),
                query -> ledger.count(query()));
        return grid;
    }

    private static Component details(AuditEntry e) {
        Pre pre = new Pre("actor:       " + e.actorIssuer() + " / " + e.actorSubject()
                + "\ntime (UTC):  " + e.occurredAt()
                + "\ncorrelation: " + (e.correlationId() == null ? "—" : e.correlationId())
                + "\ndetails:     " + e.details()
                + "\nprev hash:   " + e.prevHash()
                + "\nhash:        " + e.hash()
                + "\nHMAC key:    " + (e.keyId() == null ? "— (legacy entry, written before the ledger was keyed)"
                        : e.keyId()));
        pre.getStyle().set("white-space", "pre-wrap").set("margin", "0");
        return pre;
    }

    AuditQuery query() {
        return new AuditQuery(
                from.getValue() == null ? null : from.getValue().atStartOfDay(Formats.zone()).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(Formats.zone()).toInstant(),
                actor.getValue(), action.getValue(), target.getValue());
    }

    private Stream<AuditEntry> allMatching() {
        AuditQuery query = query();
        int total = ledger.count(query);
        return Stream.iterate(0, offset -> offset < total, offset -> offset + EXPORT_PAGE)
                .flatMap(offset -> ledger.search(query, offset, EXPORT_PAGE).stream());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    void showVerification(ChainVerification result) {
        verification.removeAll();
        Span text = new Span(result.intact()
                ? "Chain intact: " + result.checked() + " entries checked at "
                        + Formats.dateTimeWithZone(result.verifiedAt()) + "." + legacyNote(result) + anchorNote(result)
                : "Chain broken at entry #" + result.brokenAtSeq() + " (" + result.reason() + "): "
                        + result.problem() + " (" + result.checked() + " entries before it are intact)."
                        + legacyNote(result));
        text.addClassName(result.intact() ? "verification-ok" : "verification-broken");
        verification.add(text);
        refresh();
    }

    private static String legacyNote(ChainVerification result) {
        return result.legacyEntries() == 0 ? "" : " " + result.legacyEntries() + " of them are unkeyed legacy "
                + "entries (written before the ledger was signed with an HMAC key).";
    }

    private static String anchorNote(ChainVerification result) {
        return result.anchorSeq() == null ? " No external anchor to compare with yet."
                : " It matches the last external anchor (entry #" + result.anchorSeq() + ").";
    }

    private TextField filterField(String label, String placeholder) {
        TextField field = new TextField(label);
        field.setPlaceholder(placeholder);
        field.setClearButtonVisible(true);
        field.setWidth("11em");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> refresh());
        return field;
    }
}
