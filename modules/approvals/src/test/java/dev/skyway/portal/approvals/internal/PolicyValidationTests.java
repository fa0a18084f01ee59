package dev.skyway.portal.approvals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.approvals.InvalidPolicyException;
import dev.skyway.portal.approvals.PolicyProblem;

/** Policy documents are refused with one message per broken field. */
class PolicyValidationTests {

    final PolicyParser parser = new PolicyParser(Duration.ofHours(24), "PLATFORM_ADMIN");

    List<String> problems(String json) {
        return parser.problems(json.replace('\'', '"')).stream().map(PolicyProblem::toString).toList();
    }

    @Test
    void theShippedDefaultIsValid() {
        assertThat(parser.problems(PolicyStore.shippedDefault())).isEmpty();
    }

    @Test
    void emptyOrBrokenJsonIsRefused() {
        assertThat(problems("")).containsExactly("$: the policy document is empty");
        assertThat(problems("{'rules': [")).singleElement().asString().startsWith("$: not valid JSON");
        assertThat(problems("{'rules': []}")).containsExactly("rules: must be a non-empty list of rules");
    }

    @Test
    void unknownFieldsAreNamedWithTheirPath() {
        assertThat(problems("{'rulez': 1, 'rules': [{'name': 'a', 'autoApprove': true, 'colour': 'red'}]}"))
                .anyMatch(p -> p.startsWith("$.rulez: unknown field"))
                .anyMatch(p -> p.startsWith("rules[0].colour: unknown field"));
    }

    @Test
    void aRuleNeedsStagesUnlessItAutoApproves() {
        assertThat(problems("{'rules': [{'name': 'a'}]}"))
                .containsExactly("rules[0].stages: needs at least one stage (or \"autoApprove\": true)");
        assertThat(problems("{'rules': [{'name': 'a', 'stages': []}]}"))
                .containsExactly("rules[0].stages: needs at least one stage (or \"autoApprove\": true)");
        assertThat(problems("{'rules': [{'name': 'a', 'autoApprove': true, 'stages': [{'name': 's',"
                + " 'approvers': {'role': 'APPROVER'}}]}]}"))
                .containsExactly("rules[0].stages: an auto-approving rule has no stages");
    }

    @Test
    void nOfMMayNotAskForMoreApprovalsThanNamedUsers() {
        assertThat(problems("{'rules': [{'name': 'a', 'stages': [{'name': 's', 'mode': 'N_OF_M', 'required': 3,"
                + " 'approvers': {'users': ['u1', 'u2']}}]}]}"))
                .containsExactly("rules[0].stages[0].required: N (3) is more than M, the 2 named users");
    }

    @Test
    void stageFieldsAreCheckedOneByOne() {
        assertThat(problems("{'rules': [{'name': 'a', 'stages': [{'approvers': {}, 'mode': 'MOST',"
                + " 'sla': '24 hours', 'escalateTo': 'BOSS', 'hold': 'yes'}]}]}"))
                .containsExactlyInAnyOrder(
                        "rules[0].stages[0].name: is required",
                        "rules[0].stages[0].approvers: names nobody: give a role, users, and/or teamLead: true",
                        "rules[0].stages[0].mode: 'MOST' is not one of ANY, ALL, N_OF_M",
                        "rules[0].stages[0].sla: must be an ISO-8601 duration such as PT24H or P2D",
                        "rules[0].stages[0].escalateTo: 'BOSS' is not one of ENGINEER, APPROVER, FINANCE, SECURITY,"
                                + " PLATFORM_ADMIN",
                        "rules[0].stages[0].hold: must be true or false");
    }

    @Test
    void allNeedsNamedPeopleNotARole() {
        assertThat(problems("{'rules': [{'name': 'a', 'stages': [{'name': 's', 'mode': 'ALL',"
                + " 'approvers': {'role': 'FINANCE'}}]}]}"))
                .containsExactly("rules[0].stages[0].mode: ALL needs named users or team leads, not a role (a role"
                        + " has no fixed members)");
    }

    @Test
    void conditionsAreChecked() {
        assertThat(problems("{'rules': [{'name': 'a', 'when': {'environments': ['qa'], 'actions': ['delete'],"
                + " 'minMonthlyCost': {'amount': 500, 'currency': 'USD'},"
                + " 'maxMonthlyCost': {'amount': 100, 'currency': 'USD'}}, 'autoApprove': true},"
                + " {'name': 'b', 'when': {'maxMonthlyCost': {'amount': 'lots', 'currency': 'XXY'}},"
                + " 'autoApprove': true}]}"))
                .containsExactlyInAnyOrder(
                        "rules[0].when.environments: 'qa' is not one of dev, staging, prod",
                        "rules[0].when.actions: 'delete' is not one of CREATE, UPDATE, TERMINATE",
                        "rules[0].when.maxMonthlyCost: must be more than minMonthlyCost",
                        "rules[1].when.maxMonthlyCost.currency: must be an ISO 4217 code such as USD",
                        "rules[1].when: the last rule must match everything (leave out 'when') so every subject is"
                                + " routed");
    }

    @Test
    void costBoundsAreNeverNegative() {
        assertThat(problems("{'rules': [{'name': 'a', 'when': {'minMonthlyCost': {'amount': -1, 'currency': 'USD'}},"
                + " 'autoApprove': true}, {'name': 'b', 'autoApprove': true}]}"))
                .containsExactly("rules[0].when.minMonthlyCost.amount: must be a decimal number, 0 or more");
        assertThat(problems("{'rules': [{'name': 'a', 'when': {'maxMonthlyCost': {'amount': 'x', 'currency': 'USD'}},"
                + " 'autoApprove': true}, {'name': 'b', 'autoApprove': true}]}"))
                .containsExactly("rules[0].when.maxMonthlyCost.amount: must be a decimal number, 0 or more");
    }

    @Test
    void ruleNamesAreUnique() {
        assertThat(problems("{'rules': [{'name': 'a', 'autoApprove': true}, {'name': 'a', 'autoApprove': true}]}"))
                .containsExactly("rules[1].name: 'a' is used twice");
    }

    @Test
    void parseThrowsWithEveryProblem() {
        assertThatThrownBy(() -> parser.parse("{\"rules\": [{\"name\": \"a\"}]}"))
                .isInstanceOf(InvalidPolicyException.class)
                .satisfies(e -> assertThat(((InvalidPolicyException) e).problems()).hasSize(1))
                .hasMessageContaining("rules[0].stages");
    }
}
