package dev.skyway.portal.cost.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountOwnership;
import dev.skyway.portal.cost.internal.engine.FileFormat;
import dev.skyway.portal.cost.internal.engine.ImportSource;
import dev.skyway.portal.cost.internal.sandbox.FocusGenerator;
import dev.skyway.portal.cost.internal.sandbox.SandboxAccount;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Sandbox mode, first start: once the inventory has the sandbox organization, generates 13 months plus this month
 * of its cost (FOCUS 1.2, deterministic) and imports it through the same path as an uploaded file, so every
 * dashboard has real-looking data. Runs in the background; does nothing when any cost data was imported before.
 */
@Component
class SandboxCostSeed {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxCostSeed.class);
    static final long SEED = 20_261_203L;
    static final Duration WAIT_FOR_INVENTORY = Duration.ofMinutes(10);

    private final AwsClientFactory aws;
    private final CostProperties properties;
    private final CostImportRows imports;
    private final CostImporter importer;
    private final AccountOwnership ownership;
    private final Clock clock;
    private final List<SandboxSeedListener> listeners;

    SandboxCostSeed(AwsClientFactory aws, CostProperties properties, CostImportRows imports, CostImporter importer,
                    AccountOwnership ownership, Clock clock, List<SandboxSeedListener> listeners) {
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
                if (!accounts.isEmpty()) {
                    seed(accounts);
                    return;
                }
                Thread.sleep(3_000);
            }
            LOG.warn("No sandbox cost data: the account inventory stayed empty for {}", WAIT_FOR_INVENTORY);
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
                a.ownerTeam(), a.costCenter(), a.tags().get(Account.ENVIRONMENT_TAG))).toList(), today, SEED);
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

    private Path directory() {
        try {
            return Files.createTempDirectory(Files.createDirectories(properties.dataDir().resolve("incoming")),
                    "sandbox-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
