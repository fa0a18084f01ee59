package dev.skyway.portal.compliance.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;

import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.platform.ui.kit.SectionLinks;

/**
 * Links between the compliance views, to the account page and to the API, as plain URLs (the router takes over
 * clicks on in-app links) so every page state can be copied and shared.
 */
final class ComplianceLinks {

    static final String HOME = "compliance";
    static final String FINDINGS = "compliance/findings";
    static final String FINDING = "compliance/findings/:id";
    static final String WAIVERS = "compliance/waivers";
    static final String FRAMEWORKS = "compliance/frameworks";

    private ComplianceLinks() {
    }

    static String findings(FindingFilters filters) {
        String query = filters.queryString();
        return query.isEmpty() ? FINDINGS : FINDINGS + "?" + query;
    }

    /** The failing findings of one account. */
    static String failingOnAccount(String accountId) {
        return findings(new FindingFilters(accountId, null, null, FindingStatus.FAIL, null, null, null,
                FindingFilters.NONE.sort()));
    }

    /** The failing findings of a team's accounts. */
    static String failingOfTeam(String team) {
        return findings(new FindingFilters(null, team, null, FindingStatus.FAIL, null, null, null,
                FindingFilters.NONE.sort()));
    }

    static String finding(UUID id) {
        return FINDINGS + "/" + id;
    }

    static String framework(UUID id) {
        return FRAMEWORKS + "?framework=" + id;
    }

    /** The accounts module's page of one account. */
    static String account(String accountId) {
        return "accounts/" + accountId;
    }

    /** The evidence pack (a ZIP) of a framework, for every account the caller sees or one account. */
    static String evidencePack(UUID frameworkId, @Nullable String accountId) {
        return "api/v1/compliance/frameworks/" + frameworkId + "/evidence"
                + (accountId == null ? "" : "?accountId=" + URLEncoder.encode(accountId, StandardCharsets.UTF_8));
    }

    static String with(String route, QueryParameters parameters) {
        String query = parameters.getQueryString();
        return query.isEmpty() ? route : route + "?" + query;
    }

    static Anchor anchor(String text, String href) {
        return new Anchor(href, text);
    }

    /** The row of links between the compliance pages, the current one marked. */
    static SectionLinks tabs(String current) {
        return new SectionLinks("compliance-sections", "Compliance", current).link("Overview", HOME)
                .link("Findings", FINDINGS).link("Waivers & attestations", WAIVERS).link("Frameworks", FRAMEWORKS);
    }
}
