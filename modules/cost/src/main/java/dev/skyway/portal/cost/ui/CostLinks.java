package dev.skyway.portal.cost.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;

/**
 * Links between the cost views and to the account page, as plain URLs (the router takes over clicks on in-app
 * links), so a link can be copied and shared like the page it leads to.
 */
final class CostLinks {

    static final String OVERVIEW = "cost";
    static final String BREAKDOWN = "cost/breakdown";
    static final String SHOWBACK = "cost/showback";
    static final String ANOMALIES = "cost/anomalies";
    static final String IMPORTS = "cost/imports";

    private CostLinks() {
    }

    /** The breakdown over [from, to] (both inclusive, as the page shows them) with these filters. */
    static String breakdown(LocalDate from, LocalDate to, String groupBy, Map<String, String> filters) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put(BreakdownState.FROM, from.toString());
        params.put(BreakdownState.TO, to.toString());
        params.put(BreakdownState.GROUP_BY, groupBy);
        params.putAll(filters);
        return with(BREAKDOWN, QueryParameters.simple(params));
    }

    /** The anomalies page with this anomaly's details open. */
    static String anomaly(UUID id, LocalDate day) {
        return with(ANOMALIES, new AnomalyRange(day.minusDays(30), day.plusDays(30), id).toQueryParameters());
    }

    /** The accounts module's page of one account. */
    static String account(String accountId) {
        return "accounts/" + accountId;
    }

    static String with(String route, QueryParameters parameters) {
        String query = parameters.getQueryString();
        return query.isEmpty() ? route : route + "?" + query;
    }

    static Anchor anchor(String text, String href) {
        return new Anchor(href, text);
    }
}
