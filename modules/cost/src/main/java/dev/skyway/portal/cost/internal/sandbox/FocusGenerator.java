package dev.skyway.portal.cost.internal.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox organization's cost as AWS Data Exports would deliver it in FOCUS 1.2: one gzip CSV per billing period
 * ({@code focus-YYYY-MM.csv.gz}) for the 13 full months before today's month and the current month up to yesterday.
 * Same accounts, day and seed give byte-identical files. The data holds weekly seasonality and growth, a Savings Plan
 * with amortization, a promotional credit, a refund, about 8% untagged spend and three {@link #injectedAnomalies()
 * injected anomalies}, the last within the week before today.
 */
public final class FocusGenerator {

    /** Full billing periods before the current one. */
    public static final int FULL_MONTHS = 13;

    private final LocalDate today;
    private final Seeded dice;
    private final Estate estate;
    private final List<InjectedAnomaly> anomalies;
    private final List<SandboxRecommendation> recommendations;

    /**
     * Plans the organization's resources, anomalies and recommendations (fast); {@link #writeMonths} writes the rows.
     *
     * @param accounts the organization's members; the one whose environment is {@code management} (else the first)
     *                 pays for Support and owns the Savings Plan
     * @param today    the day the data stops before: the last charge day is yesterday
     * @param seed     varies the organization's details; the same seed gives the same files
     * @throws IllegalArgumentException when there are no accounts
     */
    public FocusGenerator(List<SandboxAccount> accounts, LocalDate today, long seed) {
        this(accounts, today, seed, List.of());
    }

    /**
     * As {@link #FocusGenerator(List, LocalDate, long)}, with the products the portal provisioned: each is billed in
     * its account from its launch to its termination, at about its estimate (a fixed factor between 0.7 and 1.5,
     * mostly the team's), tagged with its request's id; then no made-up request ids are written.
     */
    public FocusGenerator(List<SandboxAccount> accounts, LocalDate today, long seed, List<PortalLaunch> launches) {
        if (accounts.isEmpty()) {
            throw new IllegalArgumentException("The sandbox generator needs at least one account");
        }
        this.today = today;
        this.dice = new Seeded(seed);
        LocalDate windowStart = YearMonth.from(today).minusMonths(FULL_MONTHS).atDay(1);
        LocalDate lastDay = today.minusDays(1);
        ResourceFactory factory = new ResourceFactory(dice, windowStart);
        UsageCurve curve = new UsageCurve(dice, windowStart, List.of());
        EstateBuilder builder = new EstateBuilder(dice, factory, windowStart, lastDay);
        List<SandboxResource> built = new ArrayList<>(builder.build(accounts));
        Map<String, String> portalRequests = new LinkedHashMap<>();
        for (EstateBuilder.Launched launched : builder.launchedThroughThePortal(accounts, launches)) {
            built.add(launched.resource());
            portalRequests.put(launched.resource().resourceId(), launched.requestId());
        }
        List<SandboxResource> resources = new Tagging(dice, curve, windowStart, lastDay, portalRequests).tag(built);
        AnomalyInjector.Injected injected = new AnomalyInjector(curve, factory)
                .inject(resources, windowStart, today);
        SandboxAccount management = accounts.stream().filter(a -> Tier.of(a.environment()) == Tier.MANAGEMENT)
                .findFirst().orElse(accounts.getFirst());
        this.estate = new Estate(management, injected.resources(), injected.curve(), savingsPlan(management),
                credit(accounts, windowStart), refund(accounts, injected));
        this.anomalies = List.copyOf(injected.anomalies());
        this.recommendations = List.copyOf(new RecommendationFinder(dice, injected.curve(), today).find(estate));
    }

    /**
     * Writes the billing periods into {@code directory} (created when missing), oldest first. When today is the first
     * of a month there is no day of the current month yet, and no file for it.
     *
     * @return the files written
     * @throws UncheckedIOException when a file cannot be written
     */
    public List<Path> writeMonths(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
        MonthWriter writer = new MonthWriter(estate);
        List<Path> files = new ArrayList<>();
        YearMonth current = YearMonth.from(today);
        for (YearMonth month = current.minusMonths(FULL_MONTHS); !month.isAfter(current);
             month = month.plusMonths(1)) {
            boolean open = month.equals(current);
            if (open && today.getDayOfMonth() == 1) {
                continue;
            }
            BillingMonth billing = new BillingMonth(month, open ? today : month.plusMonths(1).atDay(1),
                    open ? null : invoiceId(month));
            Path file = directory.resolve("focus-" + month + ".csv.gz");
            writer.write(billing, file);
            files.add(file);
        }
        return files;
    }

    /** The spikes put into the data, oldest first. */
    public List<InjectedAnomaly> injectedAnomalies() {
        return anomalies;
    }

    /** Rightsizing, idle-resource and Savings Plan recommendations matching the generated resources. */
    public List<SandboxRecommendation> recommendations() {
        return recommendations;
    }

    private SavingsPlan savingsPlan(SandboxAccount management) {
        LocalDate start = YearMonth.from(today).minusMonths(10).atDay(1);
        return new SavingsPlan("arn:aws:savingsplans::" + management.id() + ":savingsplan/"
                + dice.uuid("savings-plan"), "EC2 Instance Savings Plan (m5, us-east-1)", management,
                new BigDecimal("2.50"), new BigDecimal("0.28"), start, start.plusYears(1));
    }

    /** Three months of promotional credit on the first sandbox account (the last account when there is none). */
    private static Estate.Credit credit(List<SandboxAccount> accounts, LocalDate windowStart) {
        SandboxAccount account = accounts.stream().filter(a -> Tier.of(a.environment()) == Tier.SANDBOX)
                .findFirst().orElse(accounts.getLast());
        YearMonth from = YearMonth.from(windowStart).plusMonths(5);
        return new Estate.Credit(account, from, from.plusMonths(2));
    }

    /** An SLA credit of 25% of a prod database's month, refunded early in the month three months ago. */
    private Estate.Refund refund(List<SandboxAccount> accounts, AnomalyInjector.Injected injected) {
        LocalDate day = YearMonth.from(today).minusMonths(3).atDay(5);
        YearMonth outage = YearMonth.from(day).minusMonths(1);
        SandboxResource database = injected.resources().stream()
                .filter(r -> r.service() == AwsService.RDS && Tier.of(r.account().environment()) == Tier.PROD)
                .findFirst().orElse(null);
        if (database == null) {
            return new Estate.Refund(accounts.getFirst(), AwsService.SUPPORT, day, new BigDecimal("-250.00"),
                    "Refund: billing correction for " + outage);
        }
        double monthly = 0;
        for (LocalDate d = outage.atDay(1); d.isBefore(day.withDayOfMonth(1)); d = d.plusDays(1)) {
            monthly += injected.curve().listCost(database, d);
        }
        BigDecimal amount = BigDecimal.valueOf(-0.25 * monthly).setScale(2, RoundingMode.HALF_EVEN);
        return new Estate.Refund(database.account(), AwsService.RDS, day, amount, "Refund: RDS SLA credit (25%) for "
                + database.resourceName() + ", Multi-AZ failover outage in " + outage);
    }

    private String invoiceId(YearMonth month) {
        return Long.toString(1_000_000_000L + (long) (dice.unit("invoice", month.getYear() * 12L
                + month.getMonthValue()) * 8_999_999_999L));
    }
}
