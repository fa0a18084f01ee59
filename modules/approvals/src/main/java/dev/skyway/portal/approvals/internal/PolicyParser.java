package dev.skyway.portal.approvals.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.approvals.ApprovalMode;
import dev.skyway.portal.approvals.InvalidPolicyException;
import dev.skyway.portal.approvals.PolicyProblem;
import dev.skyway.portal.platform.identity.UserKey;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a policy document (JSON) into a {@link Policy}, or names every problem with its JSON path: unknown fields,
 * wrong types, rules without stages, N greater than M, unknown roles, environments and actions, a last rule that
 * does not match everything.
 */
final class PolicyParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Duration defaultSla;
    private final String defaultEscalateTo;

    PolicyParser(Duration defaultSla, String defaultEscalateTo) {
        this.defaultSla = defaultSla;
        this.defaultEscalateTo = defaultEscalateTo;
    }

    /** @throws InvalidPolicyException listing every problem */
    Policy parse(String document) {
        List<PolicyProblem> problems = new ArrayList<>();
        Policy policy = parse(document, problems);
        if (!problems.isEmpty()) {
            throw new InvalidPolicyException(problems);
        }
        return policy;
    }

    /** Problems of a document; empty when it is valid. */
    List<PolicyProblem> problems(@Nullable String document) {
        List<PolicyProblem> problems = new ArrayList<>();
        parse(document, problems);
        return problems;
    }

    private @Nullable Policy parse(@Nullable String document, List<PolicyProblem> problems) {
        if (document == null || document.isBlank()) {
            problems.add(new PolicyProblem("$", "the policy document is empty"));
            return null;
        }
        JsonNode root;
        try {
            root = JSON.readTree(document);
        } catch (JacksonException e) {
            // where, not what: Jackson's message quotes the offending input, which an error must not echo back
            problems.add(new PolicyProblem("$", "not valid JSON" + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
            return null;
        }
        Fields fields = new Fields(problems);
        if (!fields.object(root, "$", Set.of("description", "rules"))) {
            return null;
        }
        fields.text(root.get("description"), "description", false);
        JsonNode rules = root.get("rules");
        if (rules == null || !rules.isArray() || rules.isEmpty()) {
            problems.add(new PolicyProblem("rules", "must be a non-empty list of rules"));
            return null;
        }
        List<Policy.Rule> parsed = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            Policy.Rule rule = rule(rules.get(i), "rules[" + i + "]", fields);
            if (rule != null) {
                if (!names.add(rule.name())) {
                    problems.add(new PolicyProblem("rules[" + i + "].name", "'" + rule.name() + "' is used twice"));
                }
                parsed.add(rule);
            }
        }
        JsonNode last = rules.get(rules.size() - 1);
        if (last.isObject() && last.has("when") && !last.get("when").isEmpty()) {
            problems.add(new PolicyProblem("rules[" + (rules.size() - 1) + "].when",
                    "the last rule must match everything (leave out 'when') so every subject is routed"));
        }
        return new Policy(parsed);
    }

    private Policy.Rule rule(JsonNode node, String path, Fields fields) {
        if (!fields.object(node, path, Set.of("name", "when", "autoApprove", "stages"))) {
            return null;
        }
        String name = fields.text(node.get("name"), path + ".name", true);
        Policy.Condition when = node.has("when")
                ? ConditionParser.parse(node.get("when"), path + ".when", fields) : Policy.Condition.ANYTHING;
        boolean auto = fields.bool(node.get("autoApprove"), path + ".autoApprove");
        JsonNode stagesNode = node.get("stages");
        List<Policy.StageSpec> stages = new ArrayList<>();
        if (stagesNode != null && !stagesNode.isArray()) {
            fields.problem(path + ".stages", "must be a list of stages");
        } else if (stagesNode != null) {
            for (int i = 0; i < stagesNode.size(); i++) {
                Policy.StageSpec stage = stage(stagesNode.get(i), path + ".stages[" + i + "]", fields);
                if (stage != null) {
                    stages.add(stage);
                }
            }
        }
        boolean noStages = stagesNode == null || stagesNode.isEmpty();
        if (auto && !noStages) {
            fields.problem(path + ".stages", "an auto-approving rule has no stages");
        } else if (!auto && noStages) {
            fields.problem(path + ".stages", "needs at least one stage (or \"autoApprove\": true)");
        }
        return name == null ? null : new Policy.Rule(name, when, auto, List.copyOf(stages));
    }

    /**
     * A policy names a person by key ({@code issuer#subject}), or a local demo user by bare username: a bare name
     * never means an OIDC user, whose usernames are display names that two IdPs (or a rename) can share.
     */
    private static void checkPeople(List<String> users, String path, Fields fields) {
        for (int i = 0; i < users.size(); i++) {
            try {
                UserKey.ofReference(users.get(i));
            } catch (IllegalArgumentException e) {
                fields.problem(path + "[" + i + "]", "'" + users.get(i) + "' names nobody: write issuer#subject,"
                        + " or a bare username for a local demo user");
            }
        }
    }

    private Policy.StageSpec stage(JsonNode node, String path, Fields fields) {
        if (!fields.object(node, path, Set.of("name", "approvers", "mode", "required", "sla", "escalateTo",
                "hold"))) {
            return null;
        }
        String name = fields.text(node.get("name"), path + ".name", true);
        JsonNode approvers = node.get("approvers");
        String role = null;
        List<String> users = List.of();
        boolean teamLead = false;
        if (approvers == null) {
            fields.problem(path + ".approvers", "is required: a role, users, and/or teamLead");
        } else if (fields.object(approvers, path + ".approvers", Set.of("role", "users", "teamLead"))) {
            role = fields.role(approvers.get("role"), path + ".approvers.role");
            users = fields.texts(approvers.get("users"), path + ".approvers.users");
            checkPeople(users, path + ".approvers.users", fields);
            teamLead = fields.bool(approvers.get("teamLead"), path + ".approvers.teamLead");
            if (role == null && users.isEmpty() && !teamLead) {
                fields.problem(path + ".approvers", "names nobody: give a role, users, and/or teamLead: true");
            }
        }
        ApprovalMode mode = fields.mode(node.get("mode"), path + ".mode");
        int required = mode == ApprovalMode.N_OF_M ? fields.positiveInt(node.get("required"), path + ".required") : 1;
        if (mode != ApprovalMode.N_OF_M && node.has("required")) {
            fields.problem(path + ".required", "only applies to mode N_OF_M");
        }
        if (mode == ApprovalMode.ALL && role != null) {
            fields.problem(path + ".mode", "ALL needs named users or team leads, not a role (a role has no fixed members)");
        }
        if (mode == ApprovalMode.N_OF_M && (role != null || teamLead)) {
            fields.problem(path + ".mode", "N_OF_M counts the named users: use 'users' only");
        }
        if (mode == ApprovalMode.N_OF_M && required > users.size()) {
            fields.problem(path + ".required", "N (" + required + ") is more than M, the " + users.size()
                    + " named users");
        }
        Duration sla = duration(node.get("sla"), path + ".sla", fields);
        String escalateTo = fields.role(node.get("escalateTo"), path + ".escalateTo");
        boolean hold = fields.bool(node.get("hold"), path + ".hold");
        return name == null ? null : new Policy.StageSpec(name, role, users, teamLead, mode, required,
                sla == null ? defaultSla : sla, escalateTo == null ? defaultEscalateTo : escalateTo, hold);
    }

    private static Duration duration(JsonNode node, String path, Fields fields) {
        String text = fields.text(node, path, false);
        if (text == null) {
            return null;
        }
        try {
            Duration duration = Duration.parse(text);
            if (duration.isNegative() || duration.isZero()) {
                fields.problem(path, "must be positive");
                return null;
            }
            return duration;
        } catch (DateTimeParseException e) {
            fields.problem(path, "must be an ISO-8601 duration such as PT24H or P2D");
            return null;
        }
    }
}
