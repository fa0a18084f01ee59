package dev.skyway.portal.cost.internal.aws;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsCallException;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;
import software.amazon.awssdk.services.costexplorer.model.CurrentInstance;
import software.amazon.awssdk.services.costexplorer.model.GetRightsizingRecommendationResponse;
import software.amazon.awssdk.services.costexplorer.model.GetSavingsPlansPurchaseRecommendationResponse;
import software.amazon.awssdk.services.costexplorer.model.LookbackPeriodInDays;
import software.amazon.awssdk.services.costexplorer.model.PaymentOption;
import software.amazon.awssdk.services.costexplorer.model.ResourceDetails;
import software.amazon.awssdk.services.costexplorer.model.RightsizingRecommendation;
import software.amazon.awssdk.services.costexplorer.model.RightsizingType;
import software.amazon.awssdk.services.costexplorer.model.SavingsPlansPurchaseRecommendationDetail;
import software.amazon.awssdk.services.costexplorer.model.SupportedSavingsPlansType;
import software.amazon.awssdk.services.costexplorer.model.TargetInstance;
import software.amazon.awssdk.services.costexplorer.model.TermInYears;

/**
 * Savings recommendations from Cost Explorer: EC2 rightsizing ({@code GetRightsizingRecommendation}) and Compute
 * Savings Plans purchases ({@code GetSavingsPlansPurchaseRecommendation}: one year, no upfront, on the last 30
 * days). Every page is a paid request.
 */
public class CostExplorerRecommendations {

    /** Hours in an average month (8760 / 12), to turn an hourly commitment into a monthly one. */
    static final BigDecimal HOURS_PER_MONTH = new BigDecimal("730");

    private final CostExplorerClient client;
    private final CeRequests requests;

    public CostExplorerRecommendations(CostExplorerClient client, CeRequests requests) {
        this.client = client;
        this.requests = requests;
    }

    /**
     * EC2 instances to resize or terminate.
     *
     * @throws CeBudgetExhaustedException when the budget has no room for the next page
     * @throws AwsCallException           when Cost Explorer refuses or keeps throttling
     */
    public List<CeRecommendation> rightsizing() {
        AwsCall call = AwsCall.to(CeRequests.SERVICE, "read the EC2 rightsizing recommendations")
                .withRetryNote("the next refresh will try again")
                .withPermissions("ce:GetRightsizingRecommendation");
        return requests.pages("GetRightsizingRecommendation", call,
                        token -> client.getRightsizingRecommendation(r -> r.service("AmazonEC2")
                                .nextPageToken(token).overrideConfiguration(CeRequests.ONE_ATTEMPT)),
                        GetRightsizingRecommendationResponse::nextPageToken)
                .stream().flatMap(page -> page.rightsizingRecommendations().stream())
                .map(CostExplorerRecommendations::rightsizing).toList();
    }

    /**
     * Compute Savings Plans worth buying (one year, no upfront, judged on the last 30 days).
     *
     * @throws CeBudgetExhaustedException when the budget has no room for the next page
     * @throws AwsCallException           when Cost Explorer refuses or keeps throttling
     */
    public List<CeRecommendation> savingsPlans() {
        AwsCall call = AwsCall.to(CeRequests.SERVICE, "read the Savings Plans purchase recommendations")
                .withRetryNote("the next refresh will try again")
                .withPermissions("ce:GetSavingsPlansPurchaseRecommendation");
        return requests.pages("GetSavingsPlansPurchaseRecommendation", call,
                        token -> client.getSavingsPlansPurchaseRecommendation(r -> r
                                .savingsPlansType(SupportedSavingsPlansType.COMPUTE_SP)
                                .termInYears(TermInYears.ONE_YEAR)
                                .paymentOption(PaymentOption.NO_UPFRONT)
                                .lookbackPeriodInDays(LookbackPeriodInDays.THIRTY_DAYS)
                                .nextPageToken(token)
                                .overrideConfiguration(CeRequests.ONE_ATTEMPT)),
                        GetSavingsPlansPurchaseRecommendationResponse::nextPageToken)
                .stream()
                .filter(page -> page.savingsPlansPurchaseRecommendation() != null)
                .flatMap(page -> page.savingsPlansPurchaseRecommendation()
                        .savingsPlansPurchaseRecommendationDetails().stream())
                .map(CostExplorerRecommendations::savingsPlan).toList();
    }

    private static CeRecommendation rightsizing(RightsizingRecommendation r) {
        CurrentInstance current = r.currentInstance();
        @Nullable String resourceId = current == null ? null : current.resourceId();
        String described = describe(current);
        boolean terminate = r.rightsizingType() == RightsizingType.TERMINATE;
        String kind = terminate ? CeRecommendation.TERMINATE : CeRecommendation.RIGHTSIZE;
        BigDecimal savings;
        @Nullable String currency;
        String summary;
        if (terminate) {
            var detail = r.terminateRecommendationDetail();
            savings = money(detail == null ? null : detail.estimatedMonthlySavings());
            currency = detail == null ? null : detail.currencyCode();
            summary = "Terminate " + described + ": it is idle";
        } else {
            Optional<TargetInstance> target = target(r);
            savings = money(target.map(TargetInstance::estimatedMonthlySavings).orElse(null));
            currency = target.map(TargetInstance::currencyCode).orElse(null);
            summary = "Resize " + described + " to "
                    + target.map(t -> instanceType(t.resourceDetails())).orElse("a smaller type");
        }
        if (currency == null && current != null) {
            currency = current.currencyCode();
        }
        return new CeRecommendation(r.accountId() + "/" + resourceId + "/" + kind, kind, r.accountId(), resourceId,
                summary, currency == null ? "USD" : currency,
                current == null || current.monthlyCost() == null ? null : new BigDecimal(current.monthlyCost()),
                savings);
    }

    /** The target Cost Explorer proposes by default, else the one saving most. */
    private static Optional<TargetInstance> target(RightsizingRecommendation r) {
        if (r.modifyRecommendationDetail() == null) {
            return Optional.empty();
        }
        List<TargetInstance> targets = r.modifyRecommendationDetail().targetInstances();
        return targets.stream().filter(t -> Boolean.TRUE.equals(t.defaultTargetInstance())).findFirst()
                .or(() -> targets.stream().max((a, b) -> money(a.estimatedMonthlySavings())
                        .compareTo(money(b.estimatedMonthlySavings()))));
    }

    private static String describe(@Nullable CurrentInstance current) {
        if (current == null) {
            return "an instance";
        }
        String name = current.instanceName() == null || current.instanceName().isBlank() ? ""
                : current.instanceName() + ", ";
        return current.resourceId() + " (" + name + instanceType(current.resourceDetails()) + ")";
    }

    private static String instanceType(@Nullable ResourceDetails details) {
        return details == null || details.ec2ResourceDetails() == null
                || details.ec2ResourceDetails().instanceType() == null
                ? "unknown type" : details.ec2ResourceDetails().instanceType();
    }

    private static CeRecommendation savingsPlan(SavingsPlansPurchaseRecommendationDetail d) {
        String currency = d.currencyCode() == null ? "USD" : d.currencyCode();
        BigDecimal hourly = money(d.hourlyCommitmentToPurchase());
        String summary = "Buy a 1-year Compute Savings Plan, no upfront, committing " + currency + " "
                + hourly.toPlainString() + " an hour" + percent(", expected utilization ", d.estimatedAverageUtilization())
                + percent(", saving ", d.estimatedSavingsPercentage()) + " of the covered on-demand cost";
        return new CeRecommendation("COMPUTE_SP/ONE_YEAR/NO_UPFRONT/" + (d.accountId() == null ? "payer" : d.accountId()),
                CeRecommendation.SAVINGS_PLAN, d.accountId(), null, summary, currency,
                hourly.multiply(HOURS_PER_MONTH).setScale(2, RoundingMode.HALF_UP),
                money(d.estimatedMonthlySavingsAmount()));
    }

    private static String percent(String label, @Nullable String value) {
        return value == null ? "" : label + new BigDecimal(value).setScale(0, RoundingMode.HALF_UP) + "%";
    }

    private static BigDecimal money(@Nullable String value) {
        return value == null || value.isBlank() ? BigDecimal.ZERO : new BigDecimal(value);
    }
}
