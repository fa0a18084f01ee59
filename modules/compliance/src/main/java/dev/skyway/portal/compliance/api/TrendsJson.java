package dev.skyway.portal.compliance.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.skyway.portal.compliance.ComplianceChanges;
import dev.skyway.portal.compliance.FindingChange;
import dev.skyway.portal.compliance.ScoreTrend;
import dev.skyway.portal.compliance.TrendPoint;

/** The trends' and changes' JSON shapes; a day without data has a null score, written as such. */
final class TrendsJson {

    private TrendsJson() {
    }

    record TrendJson(@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable UUID frameworkId, String scopeKind,
                     String scopeValue, LocalDate from, LocalDate to, List<PointJson> points) {

        static TrendJson of(ScoreTrend t) {
            return new TrendJson(t.frameworkId(), t.scope().kind().name(), t.scope().value(), t.from(), t.to(),
                    t.points().stream().map(PointJson::of).toList());
        }
    }

    record PointJson(LocalDate day, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Integer score, int passed,
                     int failed, int manual, int notAvailable) {

        static PointJson of(TrendPoint p) {
            return new PointJson(p.day(), p.counts().score(), p.counts().passed(), p.counts().failed(),
                    p.counts().manual(), p.counts().notAvailable());
        }
    }

    record ChangesJson(Instant since, CountsJson counts, List<ChangeJson> newFailures, List<ChangeJson> fixed,
                       List<ChangeJson> regressed) {

        static ChangesJson of(ComplianceChanges c) {
            return new ChangesJson(c.since(), new CountsJson(c.counts().newFailures(), c.counts().fixed(),
                    c.counts().regressed()), items(c.newFailures()), items(c.fixed()), items(c.regressed()));
        }

        private static List<ChangeJson> items(List<FindingChange> changes) {
            return changes.stream().map(ChangeJson::of).toList();
        }
    }

    record CountsJson(int newFailures, int fixed, int regressed) {
    }

    record ChangeJson(UUID findingId, String accountId, String controlId, String title, String severity,
                      String resourceId, String region, String source,
                      @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String from, String to, Instant at) {

        static ChangeJson of(FindingChange c) {
            return new ChangeJson(c.findingId(), c.accountId(), c.controlId(), c.title(), c.severity().name(),
                    c.resourceId(), c.region(), c.source(), c.before(), c.after(), c.at());
        }
    }
}
