package dev.skyway.portal.cost.internal.aws;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.internal.engine.RollupBatch;

/**
 * What one Cost Explorer pull brought: the batch to store, and whether Cost Explorer had the data at all.
 *
 * @param batch  the rollups; empty, with no periods (so nothing stored is replaced), when the data was unavailable
 * @param status {@link Status#COMPLETE}, or {@link Status#DATA_UNAVAILABLE} when Cost Explorer had no data for the
 *               window yet ({@code DataUnavailableException})
 * @param note   for the import's status line: why the window is empty; absent when complete
 */
public record CeCostPull(RollupBatch batch, Status status, @Nullable String note) {

    public enum Status { COMPLETE, DATA_UNAVAILABLE }

    static CeCostPull complete(RollupBatch batch) {
        return new CeCostPull(batch, Status.COMPLETE, null);
    }

    static CeCostPull dataUnavailable(String note, Instant asOf) {
        return new CeCostPull(new RollupBatch(Map.of(), List.of(), List.of(), asOf, false), Status.DATA_UNAVAILABLE,
                note);
    }
}
