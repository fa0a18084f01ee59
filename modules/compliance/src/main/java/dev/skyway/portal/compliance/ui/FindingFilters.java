package dev.skyway.portal.compliance.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.router.QueryParameters;

import dev.skyway.portal.compliance.FindingQuery;
import dev.skyway.portal.compliance.FindingSort;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Severity;

/**
 * The finding list's filters and order as they travel in the URL, so a link (from the home, the account page, a
 * chat message) opens the same list: {@code account}, {@code team}, {@code severity}, {@code status},
 * {@code control}, {@code framework}, {@code source} and {@code sort} ({@code column} or {@code -column} for
 * descending). A hand-edited value that does not parse is dropped rather than shown as an error page; an account
 * and a team together keep the account (the narrower one).
 */
record FindingFilters(@Nullable String account, @Nullable String team, @Nullable Severity severity,
                      @Nullable FindingStatus status, @Nullable String control, @Nullable UUID framework,
                      @Nullable String source, FindingSort sort) {

    static final String ACCOUNT = "account";
    static final String TEAM = "team";
    static final String SEVERITY = "severity";
    static final String STATUS = "status";
    static final String CONTROL = "control";
    static final String FRAMEWORK = "framework";
    static final String SOURCE = "source";
    static final String SORT = "sort";

    static final FindingFilters NONE = new FindingFilters(null, null, null, null, null, null, null,
            FindingSort.WORST_FIRST);

    FindingFilters {
        account = blankToNull(account);
        team = account != null ? null : blankToNull(team);
        control = blankToNull(control);
        source = blankToNull(source) == null ? null : source.strip().toUpperCase(Locale.ROOT);
    }

    static FindingFilters parse(QueryParameters parameters) {
        return new FindingFilters(text(parameters, ACCOUNT).orElse(null), text(parameters, TEAM).orElse(null),
                text(parameters, SEVERITY).flatMap(Severity::parse).orElse(null),
                text(parameters, STATUS).flatMap(FindingStatus::parse).orElse(null),
                text(parameters, CONTROL).orElse(null), text(parameters, FRAMEWORK).map(FindingFilters::uuid)
                .orElse(null), text(parameters, SOURCE).orElse(null),
                text(parameters, SORT).map(FindingFilters::sort).orElse(FindingSort.WORST_FIRST));
    }

    QueryParameters toQueryParameters() {
        return new QueryParameters(parameters());
    }

    /** The filters as a query string in a fixed order (links read the same every time). */
    String queryString() {
        return String.join("&", parameters().entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue().getFirst(), StandardCharsets.UTF_8)).toList());
    }

    private Map<String, List<String>> parameters() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        put(params, ACCOUNT, account);
        put(params, TEAM, team);
        put(params, SEVERITY, severity == null ? null : severity.name());
        put(params, STATUS, status == null ? null : status.name());
        put(params, CONTROL, control);
        put(params, FRAMEWORK, framework == null ? null : framework.toString());
        put(params, SOURCE, source);
        put(params, SORT, sort.equals(FindingSort.WORST_FIRST) ? null : sortText(sort));
        return params;
    }

    /** The facade's query for one page of this list. */
    FindingQuery query(int page, int size) {
        return new FindingQuery(account, status, control, source, severity, team, page, size);
    }

    boolean isEmpty() {
        return equals(new FindingFilters(null, null, null, null, null, null, null, sort));
    }

    FindingFilters withSort(FindingSort newSort) {
        return new FindingFilters(account, team, severity, status, control, framework, source, newSort);
    }

    /** {@code severity} ascending, {@code -last_seen} descending; unknown columns keep the default order. */
    static FindingSort sort(String text) {
        boolean descending = text.startsWith("-");
        String name = (descending ? text.substring(1) : text).strip().toUpperCase(Locale.ROOT);
        try {
            return new FindingSort(FindingSort.Column.valueOf(name), !descending);
        } catch (IllegalArgumentException e) {
            return FindingSort.WORST_FIRST;
        }
    }

    static String sortText(FindingSort sort) {
        return (sort.ascending() ? "" : "-") + sort.column().name().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> text(QueryParameters parameters, String name) {
        return parameters.getSingleParameter(name).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static void put(Map<String, List<String>> params, String name, @Nullable String value) {
        if (value != null) {
            params.put(name, List.of(value));
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
