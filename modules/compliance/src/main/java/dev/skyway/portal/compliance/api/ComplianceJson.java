package dev.skyway.portal.compliance.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.skyway.portal.compliance.ComplianceSummary;
import dev.skyway.portal.compliance.Finding;
import dev.skyway.portal.compliance.FindingImport;
import dev.skyway.portal.compliance.FindingPage;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.FrameworkScore;
import dev.skyway.portal.compliance.ScoreCounts;

/**
 * The compliance API's JSON shapes: the field names first, then what else helps a client. Fields the issue
 * names are written even when null (the application leaves other nulls out).
 */
final class ComplianceJson {

    private ComplianceJson() {
    }

    record ImportJson(UUID id, String status, long findings, @JsonInclude(JsonInclude.Include.ALWAYS)
                      @Nullable String error, String format,
                      @Nullable String source, @Nullable String fileName, boolean fullScan, long created,
                      long changed, long resolved, long merged, List<String> accounts, Instant startedAt,
                      @Nullable Instant finishedAt) {

        static ImportJson of(FindingImport i) {
            return new ImportJson(i.id(), i.status(), i.counts().findings(), i.error(), i.format(), i.source(),
                    i.fileName(), i.fullScan(), i.counts().created(), i.counts().changed(), i.counts().resolved(),
                    i.counts().merged(), i.accounts(), i.startedAt(), i.finishedAt());
        }
    }

    record FindingJson(UUID id, String accountId, String controlId, String title, String severity, String status,
                       String source, String resourceId, String region, Instant firstSeen, Instant lastSeen,
                       boolean waived, String controlKey, @Nullable String resourceType, @Nullable String detail,
                       @Nullable String remediation, @Nullable String remediationUrl, boolean muted,
                       @Nullable UUID duplicateOf) {

        static FindingJson of(Finding f) {
            return new FindingJson(f.id(), f.resource().accountId(), f.control().controlId(), f.control().title(),
                    f.severity().name(), f.status().name(), f.source(), f.resource().resourceId(),
                    f.resource().region(), f.times().firstSeen(), f.times().lastSeen(), f.waived(),
                    f.control().controlKey(), f.resource().resourceType(), f.detail(), f.remediation().text(),
                    f.remediation().url(), f.muted(), f.duplicateOf());
        }
    }

    record FindingPageJson(long total, List<FindingJson> items, int page, int size, String scope) {

        static FindingPageJson of(FindingPage p, int page, int size) {
            return new FindingPageJson(p.total(), p.items().stream().map(FindingJson::of).toList(), page, size,
                    p.scope());
        }
    }

    record FrameworkJson(UUID id, String name, String version, int requirements, String framework, String provider,
                         @Nullable String description, String origin, List<String> merged) {

        static FrameworkJson of(Framework f) {
            return new FrameworkJson(f.id(), f.name(), f.version(), f.requirements(), f.framework(), f.provider(),
                    f.description(), f.origin(), f.merged());
        }
    }

    record RequirementJson(String id, String status) {
    }

    record ScoresJson(@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Integer score, int passed, int failed,
                      int manual, int notAvailable, List<RequirementJson> requirements, UUID frameworkId, String name,
                      String scope) {

        static ScoresJson of(FrameworkScore s) {
            ScoreCounts c = s.counts();
            return new ScoresJson(c.score(), c.passed(), c.failed(), c.manual(), c.notAvailable(),
                    s.requirements().stream().map(r -> new RequirementJson(r.id(), r.status().name())).toList(),
                    s.frameworkId(), s.name(), s.scope());
        }
    }

    record FrameworkScoreJson(UUID id, String name,
                              @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Integer score) {
    }

    record AccountScoreJson(String accountId, @Nullable String name,
                            @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Integer score) {
    }

    record TeamScoreJson(String team, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Integer score) {
    }

    record OuScoreJson(String ou, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Integer score) {
    }

    record SummaryJson(List<FrameworkScoreJson> frameworks, List<AccountScoreJson> accounts,
                       List<TeamScoreJson> teams, List<OuScoreJson> ous, String scope) {

        static SummaryJson of(ComplianceSummary s) {
            return new SummaryJson(
                    s.frameworks().stream().map(f -> new FrameworkScoreJson(f.id(), f.name(), f.counts().score()))
                            .toList(),
                    s.accounts().stream().map(a -> new AccountScoreJson(a.key(), a.name(), a.counts().score()))
                            .toList(),
                    s.teams().stream().map(t -> new TeamScoreJson(t.key(), t.counts().score())).toList(),
                    s.ous().stream().map(o -> new OuScoreJson(o.key(), o.counts().score())).toList(), s.scope());
        }
    }
}
