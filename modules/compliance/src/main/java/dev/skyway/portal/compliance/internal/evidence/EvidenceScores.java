package dev.skyway.portal.compliance.internal.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.RequirementResult;
import dev.skyway.portal.compliance.ScoreCounts;
import dev.skyway.portal.compliance.internal.frameworks.ControlMappings;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;
import dev.skyway.portal.compliance.internal.frameworks.ParsedFramework;
import dev.skyway.portal.compliance.internal.scores.ScoreCalculator;
import dev.skyway.portal.compliance.internal.scores.ScoreInputs;

/**
 * A framework's scores for a pack, from one read of the control statuses: the whole scope's (with every
 * requirement's result, as the scores endpoint gives them) and each of its accounts' with data.
 */
@Component
class EvidenceScores {

    /** @param key {@code ""} for the whole scope, else an account id */
    record ScoreRow(String kind, String key, ScoreCounts counts) {
    }

    /** @param checks the requirement's checks as the framework names them */
    record RequirementRow(RequirementResult result, List<String> checks, String assessment) {
    }

    record Scores(List<ScoreRow> scores, List<RequirementRow> requirements, Set<String> controlKeys) {
    }

    private final ScoreInputs inputs;
    private final FrameworkRows frameworks;
    private final ControlMappings mappings;

    EvidenceScores(ScoreInputs inputs, FrameworkRows frameworks, ControlMappings mappings) {
        this.inputs = inputs;
        this.frameworks = frameworks;
        this.mappings = mappings;
    }

    /** @param accounts the scope; absent: every account */
    Scores of(UUID frameworkId, @Nullable Set<String> accounts, LocalDate today) {
        ControlMappings.Keys keys = mappings.keys();
        List<FrameworkRows.RequirementChecks> requirements = frameworks.requirements(frameworkId);
        Set<String> controlKeys = requirements.stream().flatMap(r -> r.checks().stream()).map(keys::of)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Map<String, FindingStatus>> byAccount = inputs.controlStatuses(accounts, today);
        Set<String> scopeAccounts = accounts != null ? accounts : byAccount.keySet();
        ScoreInputs.Attested attested = inputs.attestations(frameworkId, today);
        List<RequirementResult> scope = results(requirements, keys, ScoreCalculator.union(byAccount.values()),
                attested.covered(scopeAccounts));
        List<ScoreRow> rows = new ArrayList<>();
        rows.add(new ScoreRow("SCOPE", "", ScoreCalculator.framework(scope)));
        for (String account : new TreeSet<>(byAccount.keySet())) {
            rows.add(new ScoreRow("ACCOUNT", account, ScoreCalculator.framework(results(requirements, keys,
                    byAccount.get(account), attested.covered(Set.of(account))))));
        }
        List<RequirementRow> requirementRows = new ArrayList<>();
        for (int i = 0; i < requirements.size(); i++) {
            requirementRows.add(new RequirementRow(scope.get(i), requirements.get(i).checks(),
                    requirements.get(i).assessment()));
        }
        return new Scores(rows, requirementRows, controlKeys);
    }

    private static List<RequirementResult> results(List<FrameworkRows.RequirementChecks> requirements,
                                                   ControlMappings.Keys keys, Map<String, FindingStatus> controls,
                                                   Set<String> attested) {
        return requirements.stream().map(r -> ScoreCalculator.requirement(r.id(),
                ParsedFramework.MANUAL.equals(r.assessment()), r.checks().stream().map(keys::of)
                        .collect(Collectors.toCollection(LinkedHashSet::new)), controls, attested.contains(r.id())))
                .toList();
    }
}
