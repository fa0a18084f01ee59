package dev.skyway.portal.cost.internal.sources;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import dev.skyway.portal.cost.internal.CostImporter;
import dev.skyway.portal.cost.internal.aws.AthenaRollups;
import dev.skyway.portal.cost.internal.engine.ImportSource;
import dev.skyway.portal.platform.identity.PortalUser;

/**
 * Rollups computed by Athena over the Data Exports table, for exports too large for the portal's host: this month
 * and last month (still restated for about two weeks after it closes) are queried and replace their periods.
 */
class AthenaSource implements CostSource {

    private final AthenaRollups athena;
    private final CostImporter importer;
    private final Clock clock;

    AthenaSource(AthenaRollups athena, CostImporter importer, Clock clock) {
        this.athena = athena;
        this.importer = importer;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "aws:athena";
    }

    @Override
    public Pulled pull() {
        YearMonth now = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        int periods = 0;
        for (YearMonth month : List.of(now.minusMonths(1), now)) {
            var batch = athena.rollupsWithTags(month.toString());
            if (!batch.periods().isEmpty()) {
                importer.storeBatch(batch, ImportSource.ATHENA, "athena:" + month, PortalUser.SYSTEM.username());
                periods += batch.periods().size();
            }
        }
        return new Pulled(periods, periods + " billing period" + (periods == 1 ? "" : "s") + " rolled up by Athena");
    }
}
