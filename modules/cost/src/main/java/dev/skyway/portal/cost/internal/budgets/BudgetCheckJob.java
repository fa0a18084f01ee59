package dev.skyway.portal.cost.internal.budgets;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.platform.jobs.PeriodicJob;
import dev.skyway.portal.platform.jobs.Schedule;

/**
 * Checks the budgets every {@code portal.cost.budgets.check-interval} (default 1 hour) after the previous check
 * ended, the first 2 minutes after start; off with {@code portal.cost.budgets.scheduled-check=false}. Once per interval
 * across replicas (and if two checks ran, the alerts' claims still send each once).
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.cost.budgets.scheduled-check", matchIfMissing = true)
class BudgetCheckJob implements PeriodicJob {

    private static final Logger log = LoggerFactory.getLogger(BudgetCheckJob.class);

    private final BudgetAlerts alerts;
    private final Schedule schedule;

    BudgetCheckJob(BudgetAlerts alerts, CostProperties properties) {
        this.alerts = alerts;
        this.schedule = new Schedule(properties.budgets().checkInterval(), Duration.ofMinutes(2));
    }

    @Override
    public String name() {
        return "cost-budget-check";
    }

    @Override
    public Schedule schedule() {
        return schedule;
    }

    @Override
    public void run() {
        int sent = alerts.check().size();
        if (sent > 0) {
            log.info("Budget check: {} alert(s) sent", sent);
        }
    }
}
