package dev.skyway.portal.cost.internal.sources;

/** One way of getting cost data into the rollups. */
public interface CostSource {

    /** What the sync status shows as its source (16 characters at most), e.g. {@code aws:s3}. */
    String name();

    /** Pulls what is new and stores it; returns how many periods it replaced and a summary. */
    Pulled pull();

    record Pulled(int periods, String message) {
    }
}
