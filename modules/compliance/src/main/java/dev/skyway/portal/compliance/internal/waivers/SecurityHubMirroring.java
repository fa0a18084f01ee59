package dev.skyway.portal.compliance.internal.waivers;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.skyway.portal.compliance.Waiver;
import dev.skyway.portal.compliance.internal.aws.HubFindingRef;
import dev.skyway.portal.compliance.internal.aws.HubMirrorException;
import dev.skyway.portal.compliance.internal.aws.HubMirrorResult;
import dev.skyway.portal.compliance.internal.aws.HubUnprocessedFinding;
import dev.skyway.portal.compliance.internal.aws.SecurityHubWaiverMirror;
import dev.skyway.portal.compliance.internal.aws.WaiverNote;
import dev.skyway.portal.platform.aws.AwsCallException;

/**
 * AWS mode: an active waiver's Security Hub findings are suppressed with a note naming it and its expiry, and
 * reopened when it ends; every finding's outcome is kept in {@code waiver_mirror} (an error there is retried by
 * nobody yet, but it is visible).
 */
class SecurityHubMirroring implements WaiverMirroring {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityHubMirroring.class);

    private final SecurityHubWaiverMirror mirror;
    private final WaiverMirrorRows rows;

    SecurityHubMirroring(SecurityHubWaiverMirror mirror, WaiverMirrorRows rows) {
        this.mirror = mirror;
        this.rows = rows;
    }

    @Override
    public void activated(Waiver waiver, String approvedBy) {
        List<WaiverMirrorRows.Covered> covered = rows.covered(waiver);
        if (covered.isEmpty()) {
            return;
        }
        HubMirrorResult result;
        try {
            result = mirror.suppress(refs(covered), note(waiver, approvedBy));
        } catch (AwsCallException e) {
            LOG.warn("Waiver {} not mirrored to Security Hub: {}", waiver.id(), e.getMessage());
            result = e instanceof HubMirrorException partial ? partial.doneSoFar() : HubMirrorResult.NOTHING;
        }
        record(waiver, covered, result, true);
    }

    @Override
    public void ended(Waiver waiver, String why) {
        List<WaiverMirrorRows.Covered> suppressed = rows.suppressed(waiver.id());
        if (suppressed.isEmpty()) {
            return;
        }
        HubMirrorResult result;
        try {
            result = mirror.reopen(refs(suppressed), note(waiver, "Skyway"), why, SecurityHubWaiverMirror.Reopen.NEW);
        } catch (AwsCallException e) {
            LOG.warn("Waiver {} not undone in Security Hub: {}", waiver.id(), e.getMessage());
            result = e instanceof HubMirrorException partial ? partial.doneSoFar() : HubMirrorResult.NOTHING;
        }
        record(waiver, suppressed, result, false);
    }

    private void record(Waiver waiver, List<WaiverMirrorRows.Covered> findings, HubMirrorResult result,
                        boolean suppressing) {
        Set<HubFindingRef> done = Set.copyOf(result.processed());
        Map<HubFindingRef, String> errors = result.unprocessed().stream().collect(Collectors.toMap(
                HubUnprocessedFinding::finding, u -> u.errorCode() + ": " + u.errorMessage(), (a, b) -> a));
        for (WaiverMirrorRows.Covered finding : findings) {
            String error = done.contains(finding.ref()) ? null
                    : errors.getOrDefault(finding.ref(), "not sent: Security Hub could not be reached");
            if (suppressing) {
                rows.suppressed(waiver.id(), finding, error);
            } else {
                rows.restored(waiver.id(), finding.findingId(), error);
            }
        }
    }

    private static List<HubFindingRef> refs(List<WaiverMirrorRows.Covered> covered) {
        return covered.stream().map(WaiverMirrorRows.Covered::ref).map(Function.identity()).toList();
    }

    private static WaiverNote note(Waiver waiver, String by) {
        return new WaiverNote(waiver.id().toString(), waiver.expiresOn(), by, waiver.reason());
    }
}
