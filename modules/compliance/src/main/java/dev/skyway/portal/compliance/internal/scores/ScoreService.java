package dev.skyway.portal.compliance.internal.scores;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.compliance.ComplianceSummary;
import dev.skyway.portal.compliance.FindingStatus;
import dev.skyway.portal.compliance.Framework;
import dev.skyway.portal.compliance.FrameworkScore;
import dev.skyway.portal.compliance.RequirementResult;
import dev.skyway.portal.compliance.ScoreCounts;
import dev.skyway.portal.compliance.internal.frameworks.ControlMappings;
import dev.skyway.portal.compliance.internal.frameworks.FrameworkRows;
import dev.skyway.portal.compliance.internal.frameworks.ParsedFramework;

/** Puts scores together from the store's inputs and the framework's requirements. */
@Service
public class ScoreService {

    private final ScoreInputs inputs;
    private final FrameworkRows frameworks;
    private final ControlMappings mappings;
    private final Clock clock;

    ScoreService(ScoreInputs inputs, FrameworkRows frameworks, ControlMappings mappings, Clock clock) {
        this.inputs = inputs;
        this.frameworks = frameworks;
        this.mappings = mappings;
        this.clock = clock;
    }

    /** @param accounts the scope; absent: every account */
    public FrameworkScore framework(Framework framework, @Nullable Set<String> accounts, String scope) {
        LocalDate today = today();
        var byAccount = inputs.controlStatuses(accounts, today);
        Set<String> scopeAccounts = accounts != null ? accounts : byAccount.keySet();
        return score(framework, ScoreCalculator.union(byAccount.values()), scopeAccounts, scope, today,
                mappings.keys());
    }

    /**
     * Every framework over the scope, and the score over all controls per account, team and OU (worst first).
     *
     * @param accounts  the caller's accounts; absent: every account
     * @param inventory the inventory's accounts by id (names, owner teams, OUs)
     */
    public ComplianceSummary summary(@Nullable Set<String> accounts, Map<String, Account> inventory, String scope) {
        LocalDate today = today();
        var byAccount = inputs.controlStatuses(accounts, today);
        Map<String, FindingStatus> all = ScoreCalculator.union(byAccount.values());
        Set<String> scopeAccounts = accounts != null ? accounts : byAccount.keySet();
        ControlMappings.Keys keys = mappings.keys();
        List<ComplianceSummary.FrameworkEntry> frameworkEntries = frameworks.all().stream()
                .map(f -> new ComplianceSummary.FrameworkEntry(f.id(), f.name(),
                        score(f, all, scopeAccounts, scope, today, keys).counts())).toList();
        List<ComplianceSummary.ScopeEntry> accountEntries = new ArrayList<>();
        Map<String, List<Map<String, FindingStatus>>> teams = new TreeMap<>();
        Map<String, List<Map<String, FindingStatus>>> ous = new TreeMap<>();
        byAccount.forEach((id, controls) -> {
            Account account = inventory.get(id);
            accountEntries.add(new ComplianceSummary.ScopeEntry(id, account == null ? null : account.name(),
                    ScoreCalculator.controls(controls)));
            if (account != null && account.ownerTeam() != null) {
                teams.computeIfAbsent(account.ownerTeam(), k -> new ArrayList<>()).add(controls);
            }
            if (account != null) {
                ancestors(account.ouPath()).forEach(ou -> ous.computeIfAbsent(ou, k -> new ArrayList<>())
                        .add(controls));
            }
        });
        return new ComplianceSummary(frameworkEntries, worstFirst(accountEntries), worstFirst(union(teams)),
                worstFirst(union(ous)), scope);
    }

    private FrameworkScore score(Framework framework, Map<String, FindingStatus> controls, Set<String> scopeAccounts,
                                 String scope, LocalDate today, ControlMappings.Keys keys) {
        Set<String> attested = inputs.attested(framework.id(), scopeAccounts, today);
        List<RequirementResult> results = frameworks.requirements(framework.id()).stream()
                .map(r -> ScoreCalculator.requirement(r.id(), ParsedFramework.MANUAL.equals(r.assessment()),
                        r.checks().stream().map(keys::of).collect(java.util.stream.Collectors
                                .toCollection(LinkedHashSet::new)), controls, attested.contains(r.id())))
                .toList();
        return new FrameworkScore(framework.id(), framework.name(), scope, ScoreCalculator.framework(results),
                results);
    }

    private static List<ComplianceSummary.ScopeEntry> union(Map<String, List<Map<String, FindingStatus>>> groups) {
        List<ComplianceSummary.ScopeEntry> entries = new ArrayList<>();
        groups.forEach((key, members) -> entries.add(new ComplianceSummary.ScopeEntry(key, null,
                ScoreCalculator.controls(ScoreCalculator.union(members)))));
        return entries;
    }

    /** {@code Workloads/Prod} is in {@code Workloads/Prod} and in {@code Workloads}. */
    static List<String> ancestors(String ouPath) {
        List<String> paths = new ArrayList<>();
        int slash = -1;
        while ((slash = ouPath.indexOf('/', slash + 1)) > 0) {
            paths.add(ouPath.substring(0, slash));
        }
        paths.add(ouPath);
        return paths;
    }

    private static List<ComplianceSummary.ScopeEntry> worstFirst(List<ComplianceSummary.ScopeEntry> entries) {
        Comparator<ScoreCounts> byScore = Comparator.comparing(ScoreCounts::score,
                Comparator.nullsLast(Comparator.naturalOrder()));
        return entries.stream().sorted(Comparator.comparing(ComplianceSummary.ScopeEntry::counts, byScore)
                .thenComparing(ComplianceSummary.ScopeEntry::key)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
