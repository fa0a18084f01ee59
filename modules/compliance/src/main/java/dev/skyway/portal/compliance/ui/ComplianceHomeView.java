package dev.skyway.portal.compliance.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.skyway.portal.compliance.ComplianceFindings;
import dev.skyway.portal.compliance.ComplianceScores;
import dev.skyway.portal.compliance.ComplianceSummary;
import dev.skyway.portal.compliance.ComplianceTrends;
import dev.skyway.portal.compliance.ComplianceWaivers;
import dev.skyway.portal.compliance.FindingQuery;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.TrendPoint;
import dev.skyway.portal.compliance.TrendQuery;
import dev.skyway.portal.compliance.WaiverStatus;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.ui.kit.EmptyState;
import dev.skyway.portal.platform.ui.kit.PageHeader;

/**
 * The security home: each framework's score with its change since yesterday and in 30 days, the 90-day trends, the
 * worst accounts and teams, what changed since yesterday and the waivers about to expire. Engineers see the same
 * over their teams' accounts (the facades limit every figure), with what to fix first on top; their trends follow
 * their team, as the organization's cover accounts they do not see.
 */
@Route(ComplianceLinks.HOME)
@PageTitle("Compliance · Skyway")
@Menu(order = 70, title = "Compliance", icon = "vaadin:shield")
@RolesAllowed({"ENGINEER", "APPROVER", "FINANCE", "SECURITY", "PLATFORM_ADMIN"})
public class ComplianceHomeView extends Div {

    static final int PAGE = 50;

    final @Nullable ScoreKpis kpis;
    final @Nullable TrendCard trend;
    final @Nullable FixFirstCard fixFirst;
    final @Nullable EmptyState empty;

    ComplianceHomeView(ComplianceScores scores, ComplianceTrends trends, ComplianceFindings findings,
                       ComplianceWaivers waivers, CurrentUser currentUser, Clock clock) {
        addClassName("page");
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        PortalUser user = currentUser.get();
        boolean everything = user.hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN);
        ComplianceSummary summary = scores.summary();
        add(new PageHeader("Compliance", "Scores per framework as Security Hub computes them, how they move, where "
                + "the failures are and which exceptions end soon.",
                ComplianceLinks.anchor("All failing findings", ComplianceLinks.findings(new FindingFilters(null,
                        null, null, FindingStatus.FAIL, null, null, null, FindingFilters.NONE.sort())))),
                ComplianceLinks.tabs(ComplianceLinks.HOME), ComplianceText.scope(summary.scope(), "compliance-scope"));
        if (summary.accounts().isEmpty()) {
            kpis = null;
            trend = null;
            fixFirst = null;
            empty = new EmptyState(VaadinIcon.SHIELD, "No findings yet", everything
                    ? "Findings appear once Security Hub, Config or a Prowler scan is imported (Findings → import)."
                    : "Your teams' accounts have no findings yet, or you are in no team.", null);
            empty.setId("compliance-empty");
            add(empty);
            return;
        }
        empty = null;
        fixFirst = everything ? null : new FixFirstCard(findings.search(new FindingQuery(null, FindingStatus.FAIL,
                null, null, null, null, 0, PAGE)).items());
        Map<UUID, List<TrendPoint>> history = trends(trends, summary, everything, user.team(), today);
        kpis = new ScoreKpis(summary.frameworks(), history, today);
        trend = history.isEmpty() ? null : new TrendCard(summary.frameworks(), history, today,
                everything ? "all accounts" : "team " + user.team());
        Div cards = new Div();
        cards.addClassName("cards");
        cards.getStyle().set("margin-top", "var(--lumo-space-m)");
        if (fixFirst != null) {
            cards.add(fixFirst);
        }
        if (trend != null) {
            cards.add(trend);
        }
        cards.add(new WorstCard("compliance-worst-accounts", "Worst accounts", "Account", summary.accounts(),
                        e -> e.name() == null ? e.key() : e.name(),
                        e -> ComplianceLinks.failingOnAccount(e.key())),
                new WorstCard("compliance-worst-teams", "Worst teams", "Team", summary.teams(),
                        ComplianceSummary.ScopeEntry::key, e -> ComplianceLinks.failingOfTeam(e.key())),
                new ExpiringWaiversCard(waivers.list(WaiverStatus.ACTIVE, null), today),
                new ChangesCard(trends.changesSince(null)));
        add(kpis, cards);
    }

    /**
     * Each framework's last 90 days: the organization's for who sees every account, else the user's team's; none
     * when the user has no team (or the team's trend covers accounts they do not see).
     */
    private static Map<UUID, List<TrendPoint>> trends(ComplianceTrends trends, ComplianceSummary summary,
                                                      boolean organization, @Nullable String team,
                                                      LocalDate today) {
        Map<UUID, List<TrendPoint>> history = new HashMap<>();
        if (!organization && team == null) {
            return history;
        }
        try {
            for (ComplianceSummary.FrameworkEntry f : summary.frameworks()) {
                history.put(f.id(), trends.trend(new TrendQuery(f.id(), null, organization ? null : team, null,
                        today.minusDays(TrendCard.DAYS - 1L), today)).points());
            }
        } catch (AccessDeniedException e) {
            history.clear();
        }
        return history;
    }
}
