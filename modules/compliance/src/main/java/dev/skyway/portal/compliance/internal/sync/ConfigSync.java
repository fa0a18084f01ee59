package dev.skyway.portal.compliance.internal.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.compliance.FindingImport;
import dev.skyway.portal.compliance.internal.aws.ConfigAggregatorCompliance;
import dev.skyway.portal.compliance.internal.aws.ConfigAggregatorCompliance.Verdict;
import dev.skyway.portal.compliance.internal.aws.ConfigRuleCompliance;
import dev.skyway.portal.compliance.internal.aws.ConformancePackCompliance;
import dev.skyway.portal.compliance.internal.imports.FindingImporter;
import dev.skyway.portal.compliance.internal.imports.ImportRows;
import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.jobs.SyncJob;

/**
 * The Config sync ({@code compliance-config}): every rule and conformance pack of the aggregator, with the
 * non-compliant resources of each non-compliant rule, stored as one full scan of source {@code CONFIG} (a resource
 * that is compliant again is absent, and resolved).
 */
public class ConfigSync implements SyncJob<FindingImport> {

    public static final String NAME = "compliance-config";

    private final ConfigAggregatorCompliance config;
    private final FindingImporter importer;
    private final SyncCursors cursors;
    private final String aggregator;
    private final Clock clock;

    ConfigSync(ConfigAggregatorCompliance config, FindingImporter importer, SyncCursors cursors, String aggregator,
               Clock clock) {
        this.config = config;
        this.importer = importer;
        this.cursors = cursors;
        this.aggregator = aggregator;
        this.clock = clock;
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
    public FindingImport fetch() {
        Instant at = clock.instant();
        AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();
        FindingImport stored = importer.store(new ImportRows.Started(ConfigFindings.SOURCE, "API",
                ConfigFindings.SOURCE, "Config aggregator " + aggregator, null, true, PortalUser.SYSTEM.username()),
                sink -> {
                    try {
                        for (ConfigRuleCompliance rule : config.ruleCompliance(null)) {
                            if ("NON_COMPLIANT".equals(rule.complianceType())) {
                                config.evaluations(rule.ruleName(), rule.accountId(), rule.region(),
                                        Verdict.NON_COMPLIANT).forEach(e -> sink.accept(ConfigFindings.resource(e,
                                        at)));
                            } else {
                                sink.accept(ConfigFindings.account(rule, at));
                            }
                        }
                        List<ConformancePackCompliance> packs = config.conformancePackCompliance(null);
                        packs.forEach(p -> sink.accept(ConfigFindings.pack(p, at)));
                    } catch (RuntimeException e) {
                        failure.set(e);
                        throw e;
                    }
                });
        if (failure.get() != null) {
            throw failure.get();
        }
        if (!FindingImport.COMPLETED.equals(stored.status())) {
            throw new IllegalStateException("Storing Config's results failed: " + stored.error());
        }
        return stored;
    }

    @Override
    public SyncOutcome store(FindingImport stored) {
        long count = stored.counts().findings();
        cursors.succeeded(ConfigFindings.SOURCE, aggregator, null, count, stored.startedAt(), clock.instant());
        return new SyncOutcome((int) Math.min(Integer.MAX_VALUE, count), count + " results from aggregator "
                + aggregator + " (" + stored.counts().created() + " new, " + stored.counts().resolved()
                + " resolved)");
    }

    @Override
    public @Nullable SyncFailure explain(RuntimeException e) {
        if (e instanceof AwsCallException aws) {
            return new SyncFailure(aws.getMessage(), aws.failure().requestId());
        }
        return e instanceof IllegalStateException ? new SyncFailure(e.getMessage(), null) : null;
    }
}
