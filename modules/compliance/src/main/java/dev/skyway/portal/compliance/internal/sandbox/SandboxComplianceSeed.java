package dev.skyway.portal.compliance.internal.sandbox;

import static dev.skyway.schema.compliance.Tables.FINDING_IMPORT;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Remediation;
import dev.skyway.portal.compliance.internal.imports.FindingImporter;
import dev.skyway.portal.compliance.internal.imports.ImportRows;
import dev.skyway.portal.compliance.internal.parse.ParsedFinding;
import dev.skyway.portal.compliance.internal.trends.ScoreSnapshots;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Sandbox mode, first start: once the inventory has the sandbox organization, replays {@link SandboxFindings#DAYS}
 * days of generated findings through the import store, one import a day (the first and last days whole, the days
 * between only what changed), takes each day's score snapshot after its import so trends exist from the start, and
 * records drift on a few stacks. Runs in the background; does nothing when the sandbox was seeded before.
 */
@Component
class SandboxComplianceSeed {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxComplianceSeed.class);
    static final long SEED = 20_261_212L;
    static final Duration WAIT_FOR_INVENTORY = Duration.ofMinutes(10);
    static final String ORIGIN = "SANDBOX";

    private final AwsClientFactory aws;
    private final SandboxProperties properties;
    private final AccountOwnership ownership;
    private final FindingImporter importer;
    private final ScoreSnapshots snapshots;
    private final SandboxDrift drift;
    private final DSLContext db;
    private final Clock clock;

    SandboxComplianceSeed(AwsClientFactory aws, SandboxProperties properties, AccountOwnership ownership,
                          FindingImporter importer, ScoreSnapshots snapshots, SandboxDrift drift, DSLContext db,
                          Clock clock) {
        this.aws = aws;
        this.properties = properties;
        this.ownership = ownership;
        this.importer = importer;
        this.snapshots = snapshots;
        this.drift = drift;
        this.db = db;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedInTheBackground() {
        if (aws.mode() == AwsMode.SANDBOX && Boolean.TRUE.equals(properties.seed())) {
            Thread.ofVirtual().name("compliance-sandbox-seed").start(this::seedWhenTheInventoryIsThere);
        }
    }

    private void seedWhenTheInventoryIsThere() {
        long deadline = System.nanoTime() + WAIT_FOR_INVENTORY.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (seededBefore()) {
                    return;
                }
                List<Account> accounts = ownership.accounts();
                if (!accounts.isEmpty()) {
                    seed(accounts);
                    return;
                }
                Thread.sleep(3_000);
            }
            LOG.warn("No sandbox findings: the account inventory stayed empty for {}", WAIT_FOR_INVENTORY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Seeding the sandbox's findings failed: {}", e.getMessage(), e);
        }
    }

    boolean seededBefore() {
        return db.fetchExists(FINDING_IMPORT, FINDING_IMPORT.ORIGIN.eq(ORIGIN));
    }

    /** Replays the days; returns how many imports it took. */
    int seed(List<Account> accounts) {
        long began = System.nanoTime();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        SandboxFindings generator = new SandboxFindings(accounts.stream()
                .map(a -> new SandboxAccount(a.id(), a.name())).toList(), SandboxControls.shipped(), today, SEED);
        Map<String, FindingStatus> yesterday = new HashMap<>();
        int imports = 0;
        for (LocalDate day = generator.firstDay(); !day.isAfter(today); day = day.plusDays(1)) {
            boolean whole = day.equals(generator.firstDay()) || day.equals(today);
            Instant at = day.equals(today) ? now : day.atTime(6, 0).toInstant(ZoneOffset.UTC);
            List<SandboxFindings.Generated> findings = generator.on(day);
            Map<String, FindingStatus> statuses = new HashMap<>();
            findings.forEach(f -> statuses.put(key(f), f.status()));
            List<SandboxFindings.Generated> toStore = whole ? findings : findings.stream()
                    .filter(f -> !Objects.equals(yesterday.get(key(f)), f.status())).toList();
            yesterday.clear();
            yesterday.putAll(statuses);
            if (!toStore.isEmpty()) {
                importer.store(new ImportRows.Started(ORIGIN, "API", SandboxFindings.SOURCE,
                        "sandbox: generated findings of " + day, null, whole, PortalUser.SYSTEM.username()), at,
                        sink -> toStore.forEach(f -> sink.accept(parsed(f, at))));
                imports++;
            }
            snapshots.take(day);
        }
        List<String> drifting = IntStream.range(0, accounts.size()).filter(i -> i % 10 == 3)
                .mapToObj(i -> accounts.get(i).id()).toList();
        drift.seed(drifting, now);
        LOG.info("Sandbox compliance: {} days of findings for {} accounts ({} imports) and drift on {} accounts in "
                + "{} ms", SandboxFindings.DAYS, accounts.size(), imports, drifting.size(),
                (System.nanoTime() - began) / 1_000_000);
        return imports;
    }

    private static String key(SandboxFindings.Generated f) {
        return f.resource().accountId() + "|" + f.control().checkId() + "|" + f.resource().resourceId();
    }

    static ParsedFinding parsed(SandboxFindings.Generated f, Instant at) {
        SandboxControl control = f.control();
        boolean failing = f.status() == FindingStatus.FAIL;
        return new ParsedFinding(SandboxFindings.SOURCE, f.resource(), control.checkId(), control.title(),
                switch (f.status()) {
                    case FAIL -> control.title() + ": not met by " + f.resource().resourceId();
                    case MANUAL -> "A person must check this: no API answers it";
                    default -> control.title() + ": met";
                }, control.severity(), f.status(), false,
                failing || f.status() == FindingStatus.MANUAL ? new Remediation("Follow the control's guidance: "
                        + control.title(), "https://hub.prowler.com/check/" + control.checkId()) : Remediation.NONE,
                new ParsedFinding.ToolIds(null, null), control.requirements(), new ParsedFinding.Observed(null, at));
    }
}
