package dev.skyway.portal.compliance.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.ScoreCounts;
import dev.skyway.portal.compliance.Severity;
import dev.skyway.portal.compliance.WaiverStatus;

/** How the compliance views write scores, changes, days, severities and statuses. */
final class ComplianceText {

    static final String NONE = "—";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private ComplianceText() {
    }

    /** {@code 87%}; a dash when nothing has data yet. */
    static String score(ScoreCounts counts) {
        return counts.score() == null ? NONE : counts.score() + "%";
    }

    /** {@code +3 pts}, {@code −2 pts}, {@code ±0 pts}; a dash when either side is unknown. */
    static String change(@Nullable Integer points) {
        if (points == null) {
            return NONE;
        }
        return (points > 0 ? "+" : points < 0 ? "−" : "±") + Math.abs(points) + " pts";
    }

    static String day(@Nullable LocalDate day) {
        return day == null ? NONE : DAY.format(day);
    }

    static String label(Enum<?> value) {
        return words(value.name());
    }

    /** {@code NOT_AVAILABLE} as {@code Not available}. */
    static String words(String name) {
        String words = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static Span severity(Severity severity) {
        return badge(severity.name(), severityTheme(severity), "severity");
    }

    /** Critical and high red, medium orange-ish (contrast), low and informational neutral. */
    static String severityTheme(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "badge error";
            case MEDIUM -> "badge contrast";
            default -> "badge";
        };
    }

    static Span status(FindingStatus status, boolean waived) {
        return badge(statusText(status, waived), statusTheme(status, waived), "finding-status");
    }

    /** A waived finding shows as waived, whatever its last status. */
    static String statusText(FindingStatus status, boolean waived) {
        return waived ? "WAIVED" : status.name();
    }

    static String statusTheme(FindingStatus status, boolean waived) {
        if (waived) {
            return "badge contrast";
        }
        return switch (status) {
            case FAIL -> "badge error";
            case PASS -> "badge success";
            default -> "badge";
        };
    }

    static Span waiverStatus(WaiverStatus status) {
        return badge(status.name(), switch (status) {
            case ACTIVE -> "badge success";
            case PENDING_APPROVAL -> "badge contrast";
            case REJECTED, REVOKED, EXPIRED -> "badge error";
            default -> "badge";
        }, "waiver-status");
    }

    /** Which accounts the figures cover, as the facade says it. */
    static Paragraph scope(String scope, String id) {
        Paragraph p = new Paragraph("Showing " + scope + ".");
        p.setId(id);
        p.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-top", "0");
        return p;
    }

    static Span badge(String text, String theme, String className) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        badge.addClassName(className);
        badge.getElement().setAttribute("data-status", text);
        return badge;
    }
}
