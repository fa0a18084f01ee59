package dev.skyway.portal.cost.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.router.QueryParameters;

/**
 * The anomalies page's range as it travels in the URL: {@code from} and {@code to} (both inclusive) and the anomaly
 * whose details are open ({@code anomaly=<id>}). The last 90 days by default.
 */
record AnomalyRange(LocalDate from, LocalDate to, @Nullable UUID open) {

    static final String FROM = "from";
    static final String TO = "to";
    static final String OPEN = "anomaly";
    static final int DEFAULT_DAYS = 90;

    static AnomalyRange defaults(LocalDate today) {
        return new AnomalyRange(today.minusDays(DEFAULT_DAYS - 1L), today, null);
    }

    static AnomalyRange parse(QueryParameters parameters, LocalDate today) {
        AnomalyRange d = defaults(today);
        return new AnomalyRange(date(parameters, FROM, d.from()), date(parameters, TO, d.to()),
                parameters.getSingleParameter(OPEN).map(AnomalyRange::uuid).orElse(null));
    }

    QueryParameters toQueryParameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put(FROM, List.of(from.toString()));
        params.put(TO, List.of(to.toString()));
        if (open != null) {
            params.put(OPEN, List.of(open.toString()));
        }
        return new QueryParameters(params);
    }

    AnomalyRange opening(@Nullable UUID id) {
        return new AnomalyRange(from, to, id);
    }

    /** A link or a hand-edited URL with a broken date falls back to the default rather than to an error page. */
    private static LocalDate date(QueryParameters parameters, String name, LocalDate fallback) {
        try {
            return parameters.getSingleParameter(name).map(String::strip).map(LocalDate::parse).orElse(fallback);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
