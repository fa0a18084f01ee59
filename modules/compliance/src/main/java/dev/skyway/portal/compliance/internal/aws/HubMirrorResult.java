package dev.skyway.portal.compliance.internal.aws;

import java.util.ArrayList;
import java.util.List;

/** What a waiver mirror update did: the findings Security Hub updated and those it reported it did not. */
public record HubMirrorResult(List<HubFindingRef> processed, List<HubUnprocessedFinding> unprocessed) {

    public static final HubMirrorResult NOTHING = new HubMirrorResult(List.of(), List.of());

    public HubMirrorResult {
        processed = List.copyOf(processed);
        unprocessed = List.copyOf(unprocessed);
    }

    public boolean complete() {
        return unprocessed.isEmpty();
    }

    HubMirrorResult plus(HubMirrorResult other) {
        List<HubFindingRef> done = new ArrayList<>(processed);
        done.addAll(other.processed);
        List<HubUnprocessedFinding> left = new ArrayList<>(unprocessed);
        left.addAll(other.unprocessed);
        return new HubMirrorResult(done, left);
    }
}
