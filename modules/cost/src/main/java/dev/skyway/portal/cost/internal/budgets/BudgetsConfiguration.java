package dev.skyway.portal.cost.internal.budgets;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.function.SingletonSupplier;

import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.cost.internal.aws.AwsBudgetActuals;
import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;
import software.amazon.awssdk.services.budgets.BudgetsClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Picks where budget figures come from for {@code portal.aws.mode}: the rollups in the sandbox; in AWS mode AWS
 * Budgets for the budgets it keeps (read in the account {@code portal.cost.budgets.aws-account-id}, else the one
 * account vending creates budgets in, else the account of the portal's credentials), the rollups for the rest. Also
 * the scheduled budget check.
 */
@Configuration(proxyBeanMethods = false)
class BudgetsConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(BudgetsConfiguration.class);

    static final String ACCOUNT_ID = "portal.cost.budgets.aws-account-id";
    static final String VENDING_ACCOUNT_ID = "portal.accounts.vending.budgets.management-account-id";
    static final String REFRESH = "portal.cost.budgets.aws-refresh";

    @Bean
    BudgetActualsSource budgetActualsSource(AwsClientFactory aws, ScopeSpend spend, Clock clock,
                                            Environment environment) {
        RollupBudgetActuals rollups = new RollupBudgetActuals(spend);
        if (aws.mode() == AwsMode.SANDBOX) {
            return rollups;
        }
        BudgetsClient budgets = aws.create(BudgetsClient.builder());
        // the account is asked on first use; a failed ask is asked again on the next read
        Supplier<AwsBudgetActuals> reader = SingletonSupplier.of(() -> new AwsBudgetActuals(budgets,
                accountId(aws, environment), clock));
        return new AwsBudgetsActuals(() -> reader.get().budgets(), rollups, clock,
                environment.getProperty(REFRESH, Duration.class, Duration.ofMinutes(15)));
    }

    private static String accountId(AwsClientFactory aws, Environment environment) {
        String configured = environment.getProperty(ACCOUNT_ID, environment.getProperty(VENDING_ACCOUNT_ID, ""));
        if (!configured.isBlank()) {
            return configured.strip();
        }
        try (StsClient sts = aws.create(StsClient.builder())) {
            return AwsCall.to("AWS STS", "tell which account keeps the budgets")
                    .run(() -> sts.getCallerIdentity().account());
        }
    }

    /**
     * Checks the budgets every {@code portal.cost.budgets.check-interval} (default 1 hour) after the previous check
     * ended, the first 2 minutes after start; off with {@code portal.cost.budgets.scheduled-check=false}. Once per
     * interval across replicas (and if two checks ran, the alerts' claims still send each once).
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "portal.cost.budgets.scheduled-check", matchIfMissing = true)
    PeriodicJob budgetCheckJob(BudgetAlerts alerts, CostProperties properties) {
        return PeriodicJob.of("cost-budget-check",
                new Schedule(properties.budgets().checkInterval(), Duration.ofMinutes(2)), () -> {
                    int sent = alerts.check().size();
                    if (sent > 0) {
                        LOG.info("Budget check: {} alert(s) sent", sent);
                    }
                });
    }
}
