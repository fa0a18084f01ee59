package dev.skyway.portal.compliance.internal.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import dev.skyway.portal.compliance.ComplianceChanges;
import dev.skyway.portal.compliance.ComplianceFindings;
import dev.skyway.portal.compliance.ComplianceSummary.FrameworkEntry;
import dev.skyway.portal.compliance.ComplianceTrends;
import dev.skyway.portal.compliance.ComplianceWaivers;
import dev.skyway.portal.compliance.FindingChange;
import dev.skyway.portal.compliance.FindingQuery;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Severity;
import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.compliance.WaiverStatus;
import dev.skyway.portal.compliance.internal.drift.DriftService;
import dev.skyway.portal.compliance.internal.drift.StackDrift;
import dev.skyway.portal.platform.home.HomeCard;
import dev.skyway.portal.platform.home.HomeCard.HomeFigure;
import dev.skyway.portal.platform.home.HomeCard.HomeItem;
import dev.skyway.portal.platform.home.HomeCard.Tone;
import dev.skyway.portal.platform.home.HomeSection;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;

/**
 * Compliance on the start page. Security and platform admins get the organization's scores per framework, new
 * failures since yesterday, waivers ending within two weeks and drifted stacks; engineers get the failing critical
 * and high findings on their teams' accounts, which is what to fix first.
 */
@Component
class ComplianceHomeSection implements HomeSection {

    static final int SHOWN = 5;
    static final int EXPIRY_DAYS = 14;

    private final HomeFrameworkScores scores;
    private final ComplianceTrends trends;
    private final ComplianceWaivers waivers;
    private final ComplianceFindings findings;
    private final DriftService drift;
    private final Clock clock;

    ComplianceHomeSection(HomeFrameworkScores scores, ComplianceTrends trends, ComplianceWaivers waivers,
                          ComplianceFindings findings, DriftService drift, Clock clock) {
        this.scores = scores;
        this.trends = trends;
        this.waivers = waivers;
        this.findings = findings;
        this.drift = drift;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cards(PortalUser user) {
        List<HomeCard> cards = new ArrayList<>();
        if (user.hasAnyRole(Role.SECURITY, Role.PLATFORM_ADMIN)) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            List<Waiver> expiring = waivers.list(WaiverStatus.ACTIVE, null).stream()
                    .filter(w -> w.expiresOn().isBefore(today.plusDays(EXPIRY_DAYS + 1)))
                    .sorted(Comparator.comparing(Waiver::expiresOn)).toList();
            long drifted = drift.driftedStacks();
            cards.add(securityCard(scores.organization(), trends.changesSince(null), expiring, drifted));
        } else if (user.hasRole(Role.ENGINEER)) {
            cards.add(engineerCard(failing(Severity.CRITICAL), failing(Severity.HIGH)));
        }
        return cards;
    }

    private long failing(Severity severity) {
        return findings.search(new FindingQuery(null, FindingStatus.FAIL, null, null, severity, null, 0, 1)).total();
    }

    static HomeCard securityCard(List<FrameworkEntry> frameworks, ComplianceChanges changes, List<Waiver> expiring,
                                 long driftedStacks) {
        List<HomeFigure> figures = new ArrayList<>();
        frameworks.forEach(f -> figures.add(new HomeFigure(f.name(),
                f.counts().score() == null ? "–" : f.counts().score() + " %", "compliance/frameworks?framework=" + f.id(),
                f.counts().score() == null ? Tone.NEUTRAL : f.counts().score() >= 80 ? Tone.GOOD : Tone.WARN)));
        figures.add(new HomeFigure("New failures since yesterday", Integer.toString(changes.counts().newFailures()),
                "compliance", changes.counts().newFailures() > 0 ? Tone.ALERT : Tone.GOOD));
        figures.add(new HomeFigure("Waivers ending in " + EXPIRY_DAYS + " days", Integer.toString(expiring.size()),
                "compliance/waivers?expiring=true", expiring.isEmpty() ? Tone.NEUTRAL : Tone.WARN));
        figures.add(new HomeFigure("Drifted stacks", Long.toString(driftedStacks), "compliance/drift?status=DRIFTED",
                driftedStacks > 0 ? Tone.WARN : Tone.GOOD));
        List<HomeItem> items = new ArrayList<>();
        changes.newFailures().stream()
                .sorted(Comparator.comparing((FindingChange c) -> c.severity().ordinal()))
                .limit(SHOWN).forEach(c -> items.add(new HomeItem(c.title(),
                        c.severity() + " · new failure on " + c.accountId() + " · " + c.controlId(),
                        "compliance/findings/" + c.findingId(),
                        c.severity().ordinal() <= Severity.HIGH.ordinal() ? Tone.ALERT : Tone.WARN)));
        expiring.stream().limit(Math.max(0, SHOWN - items.size())).forEach(w -> items.add(new HomeItem(
                "Waiver for " + w.controlId() + " on " + w.accountId(), "ends " + w.expiresOn(),
                "compliance/waivers?expiring=true", Tone.WARN)));
        return new HomeCard("compliance", "Compliance", 50, figures, items,
                "No new failure since yesterday and no waiver ends soon.");
    }

    static HomeCard engineerCard(long critical, long high) {
        List<HomeFigure> figures = List.of(
                new HomeFigure("Failing critical", Long.toString(critical),
                        "compliance/findings?status=FAIL&severity=CRITICAL", critical > 0 ? Tone.ALERT : Tone.GOOD),
                new HomeFigure("Failing high", Long.toString(high),
                        "compliance/findings?status=FAIL&severity=HIGH", high > 0 ? Tone.WARN : Tone.GOOD));
        return new HomeCard("compliance", "Failing controls on my accounts", 50, figures, List.of(),
                critical + high == 0 ? "No critical or high finding fails on your teams' accounts."
                        : "Fix critical findings first: the compliance overview lists them.");
    }
}
