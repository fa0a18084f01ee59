package dev.skyway.portal.incidents.internal.freeze;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountQuery;
import dev.skyway.portal.accounts.Accounts;
import dev.skyway.portal.incidents.Incident;
import dev.skyway.portal.incidents.IncidentFilter;
import dev.skyway.portal.incidents.Incidents;
import dev.skyway.portal.incidents.Integration;
import dev.skyway.portal.incidents.Integrations;
import dev.skyway.portal.incidents.Severity;
import dev.skyway.portal.platform.home.HomeCard;
import dev.skyway.portal.platform.home.HomeCard.HomeFigure;
import dev.skyway.portal.platform.home.HomeCard.HomeItem;
import dev.skyway.portal.platform.home.HomeCard.Tone;
import dev.skyway.portal.platform.home.HomeSection;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * Incidents on the start page, first of all cards when one is open: the open incidents (for engineers, how many
 * touch their teams' accounts), how many changes a change freeze holds, and for platform admins each integration's
 * last message (an integration silent for a day may be broken).
 */
@Component
class IncidentsHomeSection implements HomeSection {

    static final int SHOWN = 5;
    static final Duration SILENT = Duration.ofDays(1);

    private final Incidents incidents;
    private final Integrations integrations;
    private final Accounts accounts;
    private final HoldStore holds;
    private final Clock clock;

    IncidentsHomeSection(Incidents incidents, Integrations integrations, Accounts accounts, HoldStore holds,
                         Clock clock) {
        this.incidents = incidents;
        this.integrations = integrations;
        this.accounts = accounts;
        this.holds = holds;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cards(PortalUser user) {
        if (user.roles().isEmpty()) {
            return List.of();
        }
        List<Incident> open = incidents.list(new IncidentFilter("OPEN", null, null, null, null), 0, 200).items();
        Set<String> mine = user.hasRole(Role.ENGINEER) && user.team() != null
                ? accounts.search(new AccountQuery(null, null, null, user.team(), null), 0, 1_000).stream()
                .map(Account::id).collect(Collectors.toSet())
                : Set.of();
        List<HomeCard> cards = new ArrayList<>();
        cards.add(incidentsCard(open, mine, holds.countHeld()));
        if (user.hasRole(Role.PLATFORM_ADMIN)) {
            cards.add(integrationsCard(integrations.list(), clock.instant()));
        }
        return cards;
    }

    static HomeCard incidentsCard(List<Incident> open, Set<String> myAccounts, int held) {
        long severe = open.stream().filter(i -> i.severity() == Severity.SEV1 || i.severity() == Severity.SEV2)
                .count();
        List<HomeFigure> figures = new ArrayList<>();
        figures.add(new HomeFigure("Open incidents", Integer.toString(open.size()), "incidents?status=OPEN",
                open.isEmpty() ? Tone.GOOD : Tone.WARN));
        figures.add(new HomeFigure("SEV1/SEV2 open", Long.toString(severe), "incidents?status=OPEN",
                severe > 0 ? Tone.ALERT : Tone.GOOD));
        if (!myAccounts.isEmpty()) {
            long mine = open.stream().filter(i -> touches(i, myAccounts)).count();
            figures.add(new HomeFigure("On my teams' accounts", Long.toString(mine), "incidents?status=OPEN",
                    mine > 0 ? Tone.ALERT : Tone.GOOD));
        }
        figures.add(new HomeFigure("Changes held by a freeze", Integer.toString(held), "incidents?status=OPEN",
                held > 0 ? Tone.WARN : Tone.NEUTRAL));
        List<HomeItem> items = open.stream()
                .sorted((a, b) -> Boolean.compare(touches(b, myAccounts), touches(a, myAccounts)))
                .limit(SHOWN).map(i -> new HomeItem("INC-" + i.number() + " · " + i.title(),
                        i.severity() + " · " + i.status()
                                + (touches(i, myAccounts) ? " · on your team's account" : "")
                                + (i.commander() == null ? " · no commander" : " · led by " + i.commander().name()),
                        "incidents/" + i.id(),
                        i.severity() == Severity.SEV1 || i.severity() == Severity.SEV2 ? Tone.ALERT : Tone.WARN))
                .toList();
        return new HomeCard("incidents", "Incidents", open.isEmpty() ? 95 : 5, figures, items, "No incident is open.");
    }

    static HomeCard integrationsCard(List<Integration> list, Instant now) {
        long silent = list.stream().filter(i -> i.enabled() && silent(i, now)).count();
        List<HomeFigure> figures = List.of(
                new HomeFigure("Integrations", Integer.toString(list.size()), "incidents/integrations", Tone.NEUTRAL),
                new HomeFigure("Silent for a day", Long.toString(silent), "incidents/integrations",
                        silent > 0 ? Tone.WARN : Tone.GOOD));
        List<HomeItem> items = list.stream().limit(SHOWN).map(i -> new HomeItem(i.name(),
                i.type() + " · " + (i.lastMessageAt() == null ? "no message yet"
                        : "last message " + ago(Duration.between(i.lastMessageAt(), now))),
                "incidents/integrations", i.enabled() && silent(i, now) ? Tone.WARN : Tone.NEUTRAL)).toList();
        return new HomeCard("integrations", "Alert integrations", 85, figures, items, "No integration yet.");
    }

    private static boolean silent(Integration integration, Instant now) {
        return integration.lastMessageAt() == null || integration.lastMessageAt().isBefore(now.minus(SILENT));
    }

    private static boolean touches(Incident incident, Set<String> accounts) {
        return incident.accountIds().stream().anyMatch(accounts::contains);
    }

    private static String ago(Duration d) {
        if (d.toMinutes() < 60) {
            return Math.max(1, d.toMinutes()) + " min ago";
        }
        return d.toHours() < 48 ? d.toHours() + " h ago" : d.toDays() + " d ago";
    }
}
