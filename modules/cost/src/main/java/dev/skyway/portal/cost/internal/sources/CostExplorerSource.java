package dev.skyway.portal.cost.internal.sources;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.skyway.portal.cost.internal.CostImporter;
import dev.skyway.portal.cost.internal.aws.CeCostPull;
import dev.skyway.portal.cost.internal.aws.CeRequestLedger;
import dev.skyway.portal.cost.internal.aws.CostExplorerCostSource;
import dev.skyway.portal.cost.internal.engine.ImportSource;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Daily cost from Cost Explorer for organizations without Data Exports: last month and this month, replacing their
 * periods. Each pull spends paid requests from the monthly budget, so it runs on the sync's schedule only, never for
 * a page view.
 */
class CostExplorerSource implements CostSource {

    private final CostExplorerCostSource costExplorer;
    private final CeRequestLedger ledger;
    private final CostImporter importer;
    private final Clock clock;

    CostExplorerSource(CostExplorerCostSource costExplorer, CeRequestLedger ledger, CostImporter importer,
                       Clock clock) {
        this.costExplorer = costExplorer;
        this.ledger = ledger;
        this.importer = importer;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "aws:ce";
    }

    @Override
    public Pulled pull() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        CeCostPull pulled = costExplorer.pull(today.withDayOfMonth(1).minusMonths(1), today.plusDays(1));
        if (pulled.status() == CeCostPull.Status.DATA_UNAVAILABLE) {
            return new Pulled(0, "Cost Explorer has no data yet: " + pulled.note());
        }
        importer.storeBatch(pulled.batch(), ImportSource.COST_EXPLORER, "cost-explorer:" + today,
                PortalUser.SYSTEM.username());
        return new Pulled(pulled.batch().periods().size(), pulled.batch().periods().size()
                + " billing periods from Cost Explorer; " + ledger.requestsThisMonth() + " paid requests this month"
                + " (USD " + ledger.spendThisMonthUsd().toPlainString() + ")");
    }
}
