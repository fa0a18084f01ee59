package dev.skyway.portal.compliance.internal.home;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.skyway.portal.compliance.ComplianceScores;
import dev.skyway.portal.compliance.ComplianceSummary.FrameworkEntry;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.ScoreCounts;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;
import dev.skyway.portal.compliance.internal.trends.ScoreSnapshots;

/**
 * The organization's score per framework for the security home card. Computing them reads every open finding (about
 * 2 s at a million findings) on each visit of the start page; the latest daily snapshot holds the same scores over the
 * same accounts (the card is for those who see every account), so the card reads it and computes only for a framework
 * the snapshot does not know yet (none taken, or a framework added since).
 */
@Component
class HomeFrameworkScores {

    private final ScoreSnapshots snapshots;
    private final FrameworkRows frameworks;
    private final ComplianceScores scores;

    HomeFrameworkScores(ScoreSnapshots snapshots, FrameworkRows frameworks, ComplianceScores scores) {
        this.snapshots = snapshots;
        this.frameworks = frameworks;
        this.scores = scores;
    }

    /** Every framework, in the summary's order, with the organization's score. */
    List<FrameworkEntry> organization() {
        Map<String, ScoreCounts> latest = snapshots.latestOrganization();
        List<Framework> all = frameworks.all();
        if (!all.stream().allMatch(f -> latest.containsKey(f.id().toString()))) {
            return scores.summary().frameworks();
        }
        return all.stream().map(f -> new FrameworkEntry(f.id(), f.name(), latest.get(f.id().toString()))).toList();
    }
}
