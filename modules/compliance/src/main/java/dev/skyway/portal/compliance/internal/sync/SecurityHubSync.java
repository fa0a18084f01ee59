package dev.skyway.portal.compliance.internal.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.FindingImport;
import dev.skyway.portal.compliance.internal.aws.FindingsApi;
import dev.skyway.portal.compliance.internal.aws.HubControlDefinition;
import dev.skyway.portal.compliance.internal.aws.HubFindingQuery;
import dev.skyway.portal.compliance.internal.aws.HubStandard;
import dev.skyway.portal.compliance.internal.aws.HubStandardControl;
import dev.skyway.portal.compliance.internal.aws.SecurityHubControls;
import dev.skyway.portal.compliance.internal.aws.SecurityHubFindings;
import dev.skyway.portal.compliance.internal.imports.FindingImporter;
import dev.skyway.portal.compliance.internal.imports.ImportRows;
import dev.skyway.portal.compliance.internal.parse.Normalize;
import dev.skyway.portal.compliance.internal.parse.ParsedFinding;
import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.jobs.SyncJob;

/**
 * The Security Hub sync ({@code compliance-security-hub}): control findings updated since the last run's newest
 * {@code UpdatedAt} (minus {@link #OVERLAP}: Security Hub's index is eventually consistent; the first run reads every
 * active finding and is a full scan) stored through the import store as they arrive; then the enabled standards'
 * controls and the control definitions, which replace the stored ones with the cursor in the runner's transaction.
 */
public class SecurityHubSync implements SyncJob<SecurityHubSync.Pulled> {

    public static final String NAME = "compliance-security-hub";
    static final String SOURCE = Normalize.SECURITY_HUB;
    static final Duration OVERLAP = Duration.ofMinutes(5);

    private final SecurityHubFindings findings;
    private final SecurityHubControls controls;
    private final FindingImporter importer;
    private final SyncCursors cursors;
    private final ControlRows controlRows;
    private final String region;
    private final Clock clock;

    SecurityHubSync(SecurityHubFindings findings, SecurityHubControls controls, FindingImporter importer,
                    SyncCursors cursors, ControlRows controlRows, String region, Clock clock) {
        this.findings = findings;
        this.controls = controls;
        this.importer = importer;
        this.cursors = cursors;
        this.controlRows = controlRows;
        this.region = region;
        this.clock = clock;
    }

    /** What one run read: the findings stored, the newest {@code UpdatedAt}, the controls to store. */
    public record Pulled(Instant started, FindingImport findingImport, @Nullable Instant newestUpdate,
                         List<HubControlDefinition> definitions, List<ControlRows.Enablement> enablement) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return "aws";
    }

    @Override
    public Pulled fetch() {
        Instant started = clock.instant();
        Instant since = cursors.cursor(SOURCE, region).map(Instant::parse).orElse(null);
        HubFindingQuery query = since == null ? HubFindingQuery.controlFindings()
                : HubFindingQuery.controlFindings().updatedSince(since.minus(OVERLAP));
        AtomicReference<@Nullable Instant> newest = new AtomicReference<>(since);
        AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();
        AtomicInteger skipped = new AtomicInteger();
        FindingImport stored = importer.store(new ImportRows.Started("SECURITY_HUB", "API", SOURCE,
                "Security Hub " + region + (since == null ? ": every active finding" : ": updated since " + since),
                null, since == null, PortalUser.SYSTEM.username()), sink -> {
                    try {
                        findings.forEachPage(query, page -> page.forEach(f -> {
                            if (f.updatedAt() != null && (newest.get() == null
                                    || f.updatedAt().isAfter(newest.get()))) {
                                newest.set(f.updatedAt());
                            }
                            ParsedFinding parsed = HubFindings.parsed(f);
                            if (parsed == null) {
                                skipped.incrementAndGet();
                            } else {
                                sink.accept(parsed);
                            }
                        }));
                    } catch (RuntimeException e) {
                        failure.set(e);
                        throw e;
                    }
                });
        if (failure.get() != null) {
            throw failure.get();
        }
        if (!FindingImport.COMPLETED.equals(stored.status())) {
            throw new IllegalStateException("Storing Security Hub's findings failed: " + stored.error());
        }
        return new Pulled(started, stored, newest.get(), controls.controlDefinitions(null), enablement());
    }

    /** Each ready standard's controls; a control disabled in every standard it is in is off organization-wide. */
    private List<ControlRows.Enablement> enablement() {
        List<ControlRows.Enablement> rows = new ArrayList<>();
        Map<String, Boolean> enabledSomewhere = new LinkedHashMap<>();
        Map<String, @Nullable String> reasons = new LinkedHashMap<>();
        for (HubStandard standard : controls.enabledStandards()) {
            if (!"READY_FOR_UPDATES".equals(standard.controlsUpdatable()) && !"READY".equals(standard.status())) {
                continue;
            }
            String[] arn = standard.subscriptionArn().split(":", 6);
            String account = arn.length > 4 ? arn[4] : "";
            String standardRegion = arn.length > 3 ? arn[3] : region;
            for (HubStandardControl c : controls.standardControls(standard.subscriptionArn())) {
                boolean enabled = "ENABLED".equals(c.status());
                rows.add(new ControlRows.Enablement(account, standardRegion, standard.standardsArn(), c.controlId(),
                        enabled, c.disabledReason()));
                enabledSomewhere.merge(c.controlId(), enabled, Boolean::logicalOr);
                if (!enabled) {
                    reasons.putIfAbsent(c.controlId(), c.disabledReason());
                }
            }
        }
        List<String> off = enabledSomewhere.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                .toList();
        for (ControlRows.AccountRegion scope : controlRows.findingScopes(SOURCE)) {
            for (String control : off) {
                rows.add(new ControlRows.Enablement(scope.accountId(), scope.region(), "", control, false,
                        reasons.get(control)));
            }
        }
        return rows;
    }

    @Override
    public SyncOutcome store(Pulled pulled) {
        Instant now = clock.instant();
        controlRows.replaceDefinitions(SOURCE, pulled.definitions(), now);
        controlRows.replaceEnablement(SOURCE, pulled.enablement(), now);
        long count = pulled.findingImport().counts().findings();
        cursors.succeeded(SOURCE, region, pulled.newestUpdate() == null ? null : pulled.newestUpdate().toString(),
                count, pulled.started(), now);
        return new SyncOutcome((int) Math.min(Integer.MAX_VALUE, count), count + " findings ("
                + pulled.findingImport().counts().created() + " new, " + pulled.findingImport().counts().changed()
                + " changed), " + pulled.definitions().size() + " controls, " + pulled.enablement().size()
                + " enablement rows");
    }

    @Override
    public @Nullable SyncFailure explain(RuntimeException e) {
        if (e instanceof AwsCallException aws) {
            return new SyncFailure(aws.getMessage(), aws.failure().requestId());
        }
        return e instanceof IllegalStateException ? new SyncFailure(e.getMessage(), null) : null;
    }

    /** For logs and tests. */
    FindingsApi api() {
        return findings.api();
    }
}
