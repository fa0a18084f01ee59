package dev.skyway.portal.cost.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.cost.internal.engine.FileFormat;
import dev.skyway.portal.cost.internal.engine.ImportSource;
import dev.skyway.portal.cost.internal.sandbox.FocusGenerator;
import dev.skyway.portal.cost.internal.sandbox.PortalLaunch;
import dev.skyway.portal.cost.internal.sandbox.SandboxAccount;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.provisioning.ProvisioningHistory;

/**
 * Sandbox mode, first start: once the inventory has the sandbox organization (and provisioning has its history of
 * requests, when it writes one), generates 13 months plus this month of its cost (FOCUS 1.2, deterministic) and
 * imports it through the same path as an uploaded file, so every dashboard has real-looking data. The products the
 * portal provisioned in that time are billed too, tagged with their requests' ids, so their pages show what they
 * actually cost beside their estimate. Runs in the background; does nothing when any cost data was imported before.
 */
@Component
class SandboxCostSeed {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxCostSeed.class);
    static final long SEED = 20_261_203L;
    /** The generated bill's currency. */
    static final String CURRENCY = "USD";
    static final Duration WAIT_FOR_INVENTORY = Duration.ofMinutes(10);

    private final AwsClientFactory aws;
    private final CostProperties properties;
    private final CostImportRows imports;
    private final CostImporter importer;
    private final AccountOwnership ownership;
    private final Clock clock;
    private final List<SandboxSeedListener> listeners;
    private final ObjectProvider<ProvisioningHistory> provisioning;

    SandboxCostSeed(AwsClientFactory aws, CostProperties properties, CostImportRows imports, CostImporter importer,
                    AccountOwnership ownership, Clock clock, List<SandboxSeedListener> listeners,
                    ObjectProvider<ProvisioningHistory> provisioning) {
        this.provisioning = provisioning;
        this.aws = aws;
        this.properties = properties;
        this.imports = imports;
        this.importer = importer;
        this.ownership = ownership;
        this.clock = clock;
        this.listeners = listeners;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedInTheBackground() {
        if (aws.mode() == AwsMode.SANDBOX && properties.sandbox().seed()) {
            Thread.ofVirtual().name("cost-sandbox-seed").start(this::seedWhenTheInventoryIsThere);
        }
    }

    private void seedWhenTheInventoryIsThere() {
        long deadline = System.nanoTime() + WAIT_FOR_INVENTORY.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (imports.any()) {
                    return;
                }
                List<Account> accounts = ownership.accounts();
                if (!accounts.isEmpty() && !provisioningHistoryPending()) {
                    seed(accounts);
                    return;
                }
                Thread.sleep(3_000);
            }
            LOG.warn("No sandbox cost data: the account inventory stayed empty, or provisioning's sandbox history "
                    + "unfinished, for {}", WAIT_FOR_INVENTORY);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Seeding the sandbox's cost data failed: {}", e.getMessage(), e);
        }
    }

    /** Generates and imports the sandbox organization's cost; returns the number of billing periods. */
    int seed(List<Account> accounts) throws InterruptedException {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        FocusGenerator generator = new FocusGenerator(accounts.stream().map(a -> new SandboxAccount(a.id(), a.name(),
                a.ownerTeam(), a.costCenter(), a.tags().get(Account.ENVIRONMENT_TAG))).toList(), today, SEED,
                launches(today));
        Path directory = directory();
        List<Path> months = generator.writeMonths(directory);
        LOG.info("Importing {} months of generated sandbox cost for {} accounts", months.size(), accounts.size());
        // one import of all months: one read, one rollup, one anomaly scan
        CostImporter.Started started = importer.start(months, FileFormat.CSV_GZIP, "sandbox: " + months.size()
                + " months of generated FOCUS 1.2", ImportSource.SANDBOX, PortalUser.SYSTEM.username());
        if (started.done() != null) {
            try {
                started.done().get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        listeners.forEach(l -> l.seeded(generator));
        return months.size();
    }

    /** Whether provisioning still writes its sandbox history, which the bill must include. */
    private boolean provisioningHistoryPending() {
        ProvisioningHistory history = provisioning.getIfAvailable();
        return history != null && history.sandboxHistoryPending();
    }

    /** The products the portal provisioned within the generated window, with an estimate in the bill's currency. */
    private List<PortalLaunch> launches(LocalDate today) {
        ProvisioningHistory history = provisioning.getIfAvailable();
        if (history == null) {
            return List.of();
        }
        Instant since = today.minusMonths(FocusGenerator.FULL_MONTHS + 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return history.provisionedSince(since).stream()
                .filter(r -> r.estimate() != null && r.estimate().currency().getCurrencyCode().equals(CURRENCY))
                .map(r -> new PortalLaunch(r.id().toString(), r.accountId(), r.team(), r.productName(), r.name(),
                        r.estimate().amount(), day(r.provisionedAt()),
                        r.terminatedAt() == null ? null : day(r.terminatedAt())))
                .toList();
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private Path directory() {
        try {
            return Files.createTempDirectory(Files.createDirectories(properties.dataDir().resolve("incoming")),
                    "sandbox-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
