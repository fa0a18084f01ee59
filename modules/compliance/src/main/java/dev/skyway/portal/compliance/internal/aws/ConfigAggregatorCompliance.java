package dev.skyway.portal.compliance.internal.aws;

import static dev.skyway.portal.compliance.internal.aws.AwsTimes.blankToNull;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCall;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.AggregateComplianceByConfigRule;
import software.amazon.awssdk.services.config.model.AggregateComplianceByConformancePack;
import software.amazon.awssdk.services.config.model.AggregateConformancePackCompliance;
import software.amazon.awssdk.services.config.model.AggregateConformancePackComplianceFilters;
import software.amazon.awssdk.services.config.model.AggregateConformancePackComplianceSummaryGroupKey;
import software.amazon.awssdk.services.config.model.AggregateEvaluationResult;
import software.amazon.awssdk.services.config.model.Compliance;
import software.amazon.awssdk.services.config.model.ComplianceContributorCount;
import software.amazon.awssdk.services.config.model.ConfigRuleComplianceFilters;
import software.amazon.awssdk.services.config.model.DescribeAggregateComplianceByConfigRulesResponse;
import software.amazon.awssdk.services.config.model.DescribeAggregateComplianceByConformancePacksResponse;
import software.amazon.awssdk.services.config.model.EvaluationResultQualifier;
import software.amazon.awssdk.services.config.model.GetAggregateComplianceDetailsByConfigRuleResponse;
import software.amazon.awssdk.services.config.model.GetAggregateConformancePackComplianceSummaryResponse;

/**
 * Compliance across the organization from an AWS Config aggregator: by rule, by resource of a rule, and by
 * conformance pack. Every listing follows {@code NextToken} page by page ({@code Limit} {@value #PAGE_SIZE}), each
 * page retried while Config throttles ({@code ThrottlingException}).
 */
public class ConfigAggregatorCompliance {

    public static final String SERVICE = "AWS Config";
    /** The largest {@code Limit} every one of these operations accepts. */
    public static final int PAGE_SIZE = 100;

    /** The verdicts Config lets these listings filter by. */
    public enum Verdict { COMPLIANT, NON_COMPLIANT }

    /** How {@link #conformancePackSummary} groups. */
    public enum GroupBy { ACCOUNT_ID, AWS_REGION }

    private final ConfigClient client;
    private final String aggregator;
    private final ThrottlingRetries retries;

    /** @param aggregator the configuration aggregator's name */
    public ConfigAggregatorCompliance(ConfigClient client, String aggregator, ThrottlingRetries retries) {
        this.client = Objects.requireNonNull(client, "client");
        this.aggregator = Objects.requireNonNull(aggregator, "aggregator");
        this.retries = Objects.requireNonNull(retries, "retries");
    }

    /** Every rule in every account and Region of the aggregator, or only those with {@code verdict}. */
    public List<ConfigRuleCompliance> ruleCompliance(@Nullable Verdict verdict) {
        AwsCall call = call("read the compliance by Config rule", "DescribeAggregateComplianceByConfigRules");
        ConfigRuleComplianceFilters filters = verdict == null ? null
                : ConfigRuleComplianceFilters.builder().complianceType(verdict.name()).build();
        return retries.pages(call, token -> client.describeAggregateComplianceByConfigRules(r -> r
                        .configurationAggregatorName(aggregator).filters(filters).limit(PAGE_SIZE).nextToken(token)),
                        DescribeAggregateComplianceByConfigRulesResponse::nextToken).stream()
                .flatMap(page -> page.aggregateComplianceByConfigRules().stream())
                .map(ConfigAggregatorCompliance::rule)
                .toList();
    }

    /** The resources one rule evaluated in one account and Region, or only those with {@code verdict}. */
    public List<ConfigEvaluation> evaluations(String ruleName, String accountId, String region,
                                              @Nullable Verdict verdict) {
        AwsCall call = call("read the results of Config rule " + ruleName + " in account " + accountId + " "
                + region, "GetAggregateComplianceDetailsByConfigRule");
        return retries.pages(call, token -> client.getAggregateComplianceDetailsByConfigRule(r -> r
                        .configurationAggregatorName(aggregator).configRuleName(ruleName).accountId(accountId)
                        .awsRegion(region).complianceType(verdict == null ? null : verdict.name())
                        .limit(PAGE_SIZE).nextToken(token)),
                        GetAggregateComplianceDetailsByConfigRuleResponse::nextToken).stream()
                .flatMap(page -> page.aggregateEvaluationResults().stream())
                .map(ConfigAggregatorCompliance::evaluation)
                .toList();
    }

    /** Every conformance pack in every account and Region, or only those with {@code verdict}. */
    public List<ConformancePackCompliance> conformancePackCompliance(@Nullable Verdict verdict) {
        AwsCall call = call("read the compliance by conformance pack",
                "DescribeAggregateComplianceByConformancePacks");
        AggregateConformancePackComplianceFilters filters = verdict == null ? null
                : AggregateConformancePackComplianceFilters.builder().complianceType(verdict.name()).build();
        return retries.pages(call, token -> client.describeAggregateComplianceByConformancePacks(r -> r
                        .configurationAggregatorName(aggregator).filters(filters).limit(PAGE_SIZE).nextToken(token)),
                        DescribeAggregateComplianceByConformancePacksResponse::nextToken).stream()
                .flatMap(page -> page.aggregateComplianceByConformancePacks().stream())
                .map(ConfigAggregatorCompliance::pack)
                .toList();
    }

    /** How many conformance packs comply and how many do not, per account or per Region. */
    public List<ConformancePackSummary> conformancePackSummary(GroupBy groupBy) {
        AwsCall call = call("read the conformance pack summary by " + groupBy,
                "GetAggregateConformancePackComplianceSummary");
        return retries.pages(call, token -> client.getAggregateConformancePackComplianceSummary(r -> r
                        .configurationAggregatorName(aggregator).limit(PAGE_SIZE).nextToken(token)
                        .groupByKey(AggregateConformancePackComplianceSummaryGroupKey.fromValue(groupBy.name()))),
                        GetAggregateConformancePackComplianceSummaryResponse::nextToken).stream()
                .flatMap(page -> page.aggregateConformancePackComplianceSummaries().stream())
                .map(s -> new ConformancePackSummary(orEmpty(s.groupName()),
                        s.complianceSummary() == null ? 0 : count(s.complianceSummary().compliantConformancePackCount()),
                        s.complianceSummary() == null ? 0
                                : count(s.complianceSummary().nonCompliantConformancePackCount())))
                .toList();
    }

    private AwsCall call(String action, String operation) {
        return AwsCall.to(SERVICE, action + " of aggregator " + aggregator)
                .withRetryNote("the next sync will try again").withPermissions("config:" + operation);
    }

    private static ConfigRuleCompliance rule(AggregateComplianceByConfigRule r) {
        Compliance compliance = r.compliance();
        ComplianceContributorCount contributors = compliance == null ? null
                : compliance.complianceContributorCount();
        return new ConfigRuleCompliance(r.configRuleName(), orEmpty(r.accountId()), orEmpty(r.awsRegion()),
                compliance == null ? "INSUFFICIENT_DATA" : orEmpty(compliance.complianceTypeAsString()),
                contributors == null ? null : contributors.cappedCount(),
                contributors != null && Boolean.TRUE.equals(contributors.capExceeded()));
    }

    private static ConfigEvaluation evaluation(AggregateEvaluationResult e) {
        EvaluationResultQualifier qualifier = e.evaluationResultIdentifier() == null ? null
                : e.evaluationResultIdentifier().evaluationResultQualifier();
        return new ConfigEvaluation(qualifier == null ? "" : orEmpty(qualifier.configRuleName()),
                orEmpty(e.accountId()), orEmpty(e.awsRegion()),
                qualifier == null ? "" : orEmpty(qualifier.resourceType()),
                qualifier == null ? "" : orEmpty(qualifier.resourceId()), orEmpty(e.complianceTypeAsString()),
                blankToNull(e.annotation()), e.resultRecordedTime(), e.configRuleInvokedTime());
    }

    private static ConformancePackCompliance pack(AggregateComplianceByConformancePack p) {
        AggregateConformancePackCompliance c = p.compliance();
        return new ConformancePackCompliance(p.conformancePackName(), orEmpty(p.accountId()), orEmpty(p.awsRegion()),
                c == null ? "INSUFFICIENT_DATA" : orEmpty(c.complianceTypeAsString()),
                c == null ? 0 : count(c.compliantRuleCount()), c == null ? 0 : count(c.nonCompliantRuleCount()),
                c == null ? 0 : count(c.totalRuleCount()));
    }

    private static int count(@Nullable Integer value) {
        return value == null ? 0 : value;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
