package dev.skyway.portal.cost.internal.budgets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Checks the budgets every {@code portal.cost.budgets.check-interval} (default 1 hour) after the previous check
 * ended; off with {@code portal.cost.budgets.scheduled-check=false}. One replica runs each tick (and if two did, the
 * alerts' claims still send each once).
 */
@Component
@ConditionalOnBooleanProperty(name = "portal.cost.budgets.scheduled-check", matchIfMissing = true)
class BudgetCheckJob {

    private static final Logger log = LoggerFactory.getLogger(BudgetCheckJob.class);

    private final BudgetAlerts alerts;

    BudgetCheckJob(BudgetAlerts alerts) {
        this.alerts = alerts;
    }

    @Scheduled(fixedDelayString = "${portal.cost.budgets.check-interval:PT1H}", initialDelayString = "PT2M")
    @SchedulerLock(name = "cost-budget-check", lockAtMostFor = "PT30M")
    void check() {
        int sent = alerts.check().size();
        if (sent > 0) {
            log.info("Budget check: {} alert(s) sent", sent);
        }
    }
}
