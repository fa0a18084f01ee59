package dev.skyway.portal.incidents.internal.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.incidents.IncidentStatus;
import dev.skyway.portal.incidents.IncidentTimestamps;
import dev.skyway.portal.incidents.Severity;

/**
 * The sandbox's incident history, the same for the same accounts and day: 0 to 2 incidents a day over
 * {@link #DAYS} days, mostly SEV3 and SEV4 (few SEV2, rare SEV1), each with every typed timestamp (detection minutes
 * after impact, acknowledgement minutes after detection, mitigation and resolution within hours, faster for worse
 * severities). Every one is RESOLVED or CLOSED; the closed ones (SEV1, SEV2, a third of the rest, older than a week)
 * have a published postmortem with action items, some done, some open, a few overdue.
 */
public final class SandboxHistoryPlan {

    static final int DAYS = 90;
    static final long SEED = 20_261_203L;

    public record Account(String id, @Nullable String team) {
    }

    record Item(String title, @Nullable String owner, LocalDate due, boolean done) {
    }

    record Planned(String title, String summary, Severity severity, String accountId, String team,
                   IncidentStatus status, IncidentTimestamps timestamps, String rootCause, List<Item> actionItems) {
    }

    private record Kind(String title, String summary, String rootCause, String action) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("payments-api 5xx above 5%", "The payments API answered 5xx to a share of requests.",
                    "A deploy shipped a connection pool of 5 instead of 50.", "Check pool sizes in the deploy gate"),
            new Kind("orders-db CPU saturated", "Order writes slowed down; checkouts timed out.",
                    "A report query without an index ran every minute.", "Add the missing index and a query budget"),
            new Kind("Checkout Lambda throttled", "Checkout requests were throttled at peak.",
                    "Reserved concurrency stayed at its test value.", "Alarm on throttles before customers see them"),
            new Kind("Sessions table write throttling", "Logins failed intermittently.",
                    "On-demand capacity hit the account's table limit.", "Raise the table limit and alert at 80%"),
            new Kind("AWS Health: EC2 operational issue", "Instances in one AZ lost network for minutes.",
                    "An AWS-side EC2 issue in eu-central-1a.", "Spread the service over three AZs"),
            new Kind("Static site 502s from CloudFront", "The marketing site showed errors.",
                    "An origin certificate expired.", "Automate certificate renewal checks"),
            new Kind("Search pods crash-looping", "Search returned empty results.",
                    "A config map key was renamed without the code.", "Validate config in CI"),
            new Kind("S3 access denied after policy change", "Uploads failed for one team.",
                    "A bucket policy tightened by hand in the console.", "Manage the bucket policy as code"));

    private static final String[] OWNERS = {"engineer", "lead", "ops@example.com", "platform@example.com"};

    private SandboxHistoryPlan() {
    }

    static List<Planned> plan(List<Account> accounts, LocalDate today) {
        List<Planned> planned = new ArrayList<>();
        if (accounts.isEmpty()) {
            return planned;
        }
        for (LocalDate day = today.minusDays(DAYS); day.isBefore(today); day = day.plusDays(1)) {
            Random random = new Random(SEED + day.toEpochDay());
            int count = random.nextInt(10) < 4 ? 0 : random.nextInt(10) < 8 ? 1 : 2;
            for (int i = 0; i < count; i++) {
                planned.add(incident(accounts, day, today, random));
            }
        }
        return planned;
    }

    private static Planned incident(List<Account> accounts, LocalDate day, LocalDate today, Random random) {
        Kind kind = KINDS.get(random.nextInt(KINDS.size()));
        Account account = accounts.get(random.nextInt(accounts.size()));
        int roll = random.nextInt(100);
        Severity severity = roll < 3 ? Severity.SEV1 : roll < 18 ? Severity.SEV2 : roll < 65 ? Severity.SEV3
                : Severity.SEV4;
        double pace = switch (severity) {
            case SEV1 -> 0.5;
            case SEV2 -> 0.8;
            case SEV3 -> 1.2;
            case SEV4 -> 2.0;
        };
        Instant impact = day.atStartOfDay(ZoneOffset.UTC).toInstant()
                .plus(Duration.ofMinutes(6 * 60 + random.nextInt(14 * 60)));
        Instant detected = impact.plus(minutes(2 + random.nextInt(25), pace));
        Instant acknowledged = detected.plus(minutes(1 + random.nextInt(15), pace));
        Instant mitigated = acknowledged.plus(minutes(10 + random.nextInt(110), pace));
        Instant resolved = mitigated.plus(minutes(15 + random.nextInt(240), pace));
        boolean withPostmortem = (severity.compareTo(Severity.SEV2) <= 0 || random.nextInt(3) == 0)
                && day.isBefore(today.minusDays(7));
        Instant closed = withPostmortem ? resolved.plus(Duration.ofDays(2 + random.nextInt(4))) : null;
        List<Item> items = new ArrayList<>();
        if (withPostmortem) {
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                LocalDate due = day.plusDays(7 + random.nextInt(40));
                boolean done = due.isBefore(today) ? random.nextInt(4) != 0 : random.nextInt(3) == 0;
                items.add(new Item(i == 0 ? kind.action() : followUp(i, random), OWNERS[random.nextInt(OWNERS.length)],
                        due, done));
            }
        }
        String team = account.team() != null ? account.team() : "platform";
        return new Planned(kind.title(), kind.summary(), severity, account.id(), team,
                withPostmortem ? IncidentStatus.CLOSED : IncidentStatus.RESOLVED,
                new IncidentTimestamps(impact, detected, acknowledged, mitigated, resolved, closed),
                kind.rootCause(), items);
    }

    private static String followUp(int i, Random random) {
        String[] followUps = {"Write the runbook for this alarm", "Add a dashboard panel for the symptom",
            "Rehearse the rollback in the game day", "Lower the alarm's evaluation period"};
        return followUps[(i + random.nextInt(followUps.length)) % followUps.length];
    }

    private static Duration minutes(int minutes, double pace) {
        return Duration.ofSeconds(Math.round(minutes * 60 * pace));
    }
}
