package dev.skyway.portal.accounts.internal.aws;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.skyway.portal.accounts.internal.vending.BudgetRecorder;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.platform.aws.AwsFailure;
import software.amazon.awssdk.services.budgets.BudgetsClient;
import software.amazon.awssdk.services.budgets.model.Budget;
import software.amazon.awssdk.services.budgets.model.BudgetType;
import software.amazon.awssdk.services.budgets.model.ComparisonOperator;
import software.amazon.awssdk.services.budgets.model.CreationLimitExceededException;
import software.amazon.awssdk.services.budgets.model.DuplicateRecordException;
import software.amazon.awssdk.services.budgets.model.InvalidParameterException;
import software.amazon.awssdk.services.budgets.model.Notification;
import software.amazon.awssdk.services.budgets.model.NotificationType;
import software.amazon.awssdk.services.budgets.model.NotFoundException;
import software.amazon.awssdk.services.budgets.model.NotificationWithSubscribers;
import software.amazon.awssdk.services.budgets.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.budgets.model.Spend;
import software.amazon.awssdk.services.budgets.model.Subscriber;
import software.amazon.awssdk.services.budgets.model.SubscriptionType;
import software.amazon.awssdk.services.budgets.model.ThresholdType;
import software.amazon.awssdk.services.budgets.model.TimeUnit;

/**
 * Monthly cost budgets with AWS Budgets {@code CreateBudget} in the management account (JSON protocol), filtered to
 * the new account ({@code CostFilters LinkedAccount}), with email notifications at 80% of actual and 100% of
 * forecasted spend. A budget of the same name that already exists ({@code DuplicateRecordException}) is read back
 * ({@code DescribeBudget}): it counts as done only when its amount, currency and time unit are the ones asked for (an
 * earlier attempt of the same vending made it); otherwise it is somebody else's budget and the call fails, saying
 * what differs, instead of reporting a budget that does not exist.
 */
public class AwsBudgetRecorder implements BudgetRecorder {

    static final String SERVICE = "AWS Budgets";
    /** AWS Budgets allows at most 10 email subscribers per notification. */
    static final int MAX_EMAIL_SUBSCRIBERS = 10;

    private final BudgetsClient client;
    private final String managementAccountId;

    /**
     * @param client              Budgets client (global service; region us-east-1) in the management account. The
     *                            adapter does not close it.
     * @param managementAccountId the 12-digit id of the account the budgets are created in (the payer)
     */
    public AwsBudgetRecorder(BudgetsClient client, String managementAccountId) {
        this.client = Objects.requireNonNull(client, "client");
        this.managementAccountId = Objects.requireNonNull(managementAccountId, "managementAccountId");
    }

    /** @param notifyEmails at most 10 (more are refused); empty creates the budget without notifications */
    @Override
    public void create(String accountId, String budgetName, BigDecimal monthlyLimitUsd, List<String> notifyEmails) {
        if (notifyEmails.size() > MAX_EMAIL_SUBSCRIBERS) {
            throw new VendingException("AWS Budgets allows at most " + MAX_EMAIL_SUBSCRIBERS
                    + " email addresses per budget notification; " + notifyEmails.size() + " were given",
                    null, null, false, null);
        }
        String what = "create budget " + budgetName + " for account " + accountId;
        List<Subscriber> subscribers = notifyEmails.stream()
                .map(e -> Subscriber.builder().subscriptionType(SubscriptionType.EMAIL).address(e).build()).toList();
        List<NotificationWithSubscribers> notifications = subscribers.isEmpty() ? List.of() : List.of(
                notification(NotificationType.ACTUAL, 80, subscribers),
                notification(NotificationType.FORECASTED, 100, subscribers));
        boolean duplicate = VendingErrors.call(SERVICE, what, e -> translate(budgetName, e), () -> {
            try {
                client.createBudget(r -> r
                        .accountId(managementAccountId)
                        .budget(b -> b.budgetName(budgetName)
                                .budgetType(BudgetType.COST)
                                .timeUnit(TimeUnit.MONTHLY)
                                .budgetLimit(l -> l.amount(monthlyLimitUsd)
                                        .unit("USD"))
                                .costFilters(Map.of("LinkedAccount", List.of(accountId))))
                        .notificationsWithSubscribers(notifications));
                return false;
            } catch (DuplicateRecordException exists) {
                return true; // compared below: it may be an earlier attempt's, or somebody else's
            }
        });
        if (duplicate) {
            compare(existing(budgetName), budgetName, accountId, monthlyLimitUsd);
        }
    }

    private Budget existing(String budgetName) {
        String what = "read budget " + budgetName;
        return VendingErrors.call(SERVICE, what, e -> translate(budgetName, e), () -> client.describeBudget(r -> r
                .accountId(managementAccountId).budgetName(budgetName))).budget();
    }

    private static void compare(Budget existing, String budgetName, String accountId, BigDecimal monthlyLimitUsd) {
        Spend limit = existing.budgetLimit();
        boolean sameAmount = limit != null && limit.amount() != null
                && limit.amount().compareTo(monthlyLimitUsd) == 0;
        boolean sameCurrency = limit != null && "USD".equals(limit.unit());
        boolean sameUnit = existing.timeUnit() == TimeUnit.MONTHLY;
        if (!(sameAmount && sameCurrency && sameUnit)) {
            throw new VendingException("A budget named " + budgetName + " already exists in AWS Budgets with "
                    + (limit == null ? "no limit" : limit.amount().toPlainString() + " " + limit.unit()) + " "
                    + existing.timeUnitAsString() + ", not the " + monthlyLimitUsd.toPlainString() + " USD MONTHLY "
                    + "asked for account " + accountId + "; a platform admin must check it (the portal does not "
                    + "overwrite a budget it may not own)", "BUDGET_MISMATCH", null, false, null);
        }
    }

    private static NotificationWithSubscribers notification(NotificationType type, double percent,
                                                            List<Subscriber> subscribers) {
        return NotificationWithSubscribers.builder()
                .notification(Notification.builder().notificationType(type)
                        .comparisonOperator(ComparisonOperator.GREATER_THAN).threshold(percent)
                        .thresholdType(ThresholdType.PERCENTAGE).build())
                .subscribers(subscribers)
                .build();
    }

    private static VendingException translate(String budgetName, AwsFailure f) {
        return switch (f.exception()) {
            case CreationLimitExceededException c -> VendingErrors.words("The management account has as many"
                    + " budgets as AWS allows; delete unused budgets or ask AWS Support for more", f, false);
            case ServiceQuotaExceededException q -> VendingErrors.words("An AWS Budgets quota was reached while"
                    + " creating budget " + budgetName, f, false);
            case NotFoundException n -> VendingErrors.words("AWS Budgets has no budget " + budgetName, f, false);
            case InvalidParameterException i -> VendingErrors.words("AWS Budgets refused budget " + budgetName
                    + " (check the amount and the email addresses)", f, false);
            default -> null;
        };
    }
}
