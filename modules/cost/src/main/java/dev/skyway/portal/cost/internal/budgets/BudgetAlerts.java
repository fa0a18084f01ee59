package dev.skyway.portal.cost.internal.budgets;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.cost.BudgetStatus;
import dev.skyway.portal.cost.BudgetThreshold;
import dev.skyway.portal.platform.notify.Notification;
import dev.skyway.portal.platform.notify.NotificationReport;
import dev.skyway.portal.platform.notify.Notifications;

/**
 * Tells people when a budget crosses a threshold: once per budget, threshold and period, however often it runs and
 * however many replicas run it. Each alert is claimed in {@code cost.budget_alert} (committed on its own) before it
 * is sent, so a crash between the two loses that alert rather than sending it twice.
 */
@Component
public class BudgetAlerts {

    /** The budgets page, linked from every alert ({@code portal.cost.budgets.page-url}). */
    static final String PAGE_URL = "portal.cost.budgets.page-url";

    private static final Logger log = LoggerFactory.getLogger(BudgetAlerts.class);

    private final BudgetStore store;
    private final VendedBudgets vended;
    private final BudgetStatuses statuses;
    private final SentAlerts sent;
    private final Notifications notifications;
    private final Clock clock;
    private final String link;

    BudgetAlerts(BudgetStore store, VendedBudgets vended, BudgetStatuses statuses, SentAlerts sent,
                 Notifications notifications, Clock clock, Environment environment) {
        this.store = store;
        this.vended = vended;
        this.statuses = statuses;
        this.sent = sent;
        this.notifications = notifications;
        this.clock = clock;
        this.link = environment.getProperty(PAGE_URL, "/cost/budgets");
    }

    /** An alert this check sent, and what each channel did with it. */
    public record SentAlert(String budget, String periodKey, BudgetThreshold threshold, Notification notification,
                            NotificationReport report) {
    }

    /**
     * Checks every budget in its current period (vended ones found first) and sends what is due. Runs outside any
     * transaction: each claim must be committed before its alert is sent.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<SentAlert> check() {
        vended.importNew();
        LocalDate today = statuses.today();
        List<SentAlert> result = new ArrayList<>();
        for (StoredBudget budget : store.all()) {
            try {
                result.addAll(check(budget, today));
            } catch (RuntimeException e) {
                // one budget that cannot be checked (e.g. deleted meanwhile) must not hold up the others
                log.warn("Budget {} not checked: {}", budget.name(), e.toString());
            }
        }
        return result;
    }

    private List<SentAlert> check(StoredBudget budget, LocalDate today) {
        BudgetStatus status = statuses.status(budget, today);
        List<SentAlert> result = new ArrayList<>();
        for (BudgetThreshold threshold : status.crossed()) {
            BigDecimal figure = threshold.type() == BudgetThreshold.Type.ACTUAL ? status.actual() : status.forecast();
            if (figure != null && sent.claim(budget.id(), status.periodKey(), threshold.key(), figure,
                    clock.instant())) {
                Notification alert = BudgetMessages.alert(budget, status, threshold, link);
                result.add(new SentAlert(budget.name(), status.periodKey(), threshold, alert,
                        notifications.send(alert)));
            }
        }
        return result;
    }
}
