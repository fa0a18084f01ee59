package dev.skyway.portal.compliance.internal.aws;

import java.util.List;
import java.util.Objects;

import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsCallException;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFindingIdentifier;
import software.amazon.awssdk.services.securityhub.model.BatchUpdateFindingsResponse;
import software.amazon.awssdk.services.securityhub.model.WorkflowStatus;

/**
 * An approved waiver shown in Security Hub: its findings' workflow set to {@code SUPPRESSED} with a note naming the
 * waiver and its expiry, and set back when the waiver ends ({@code BatchUpdateFindings}, at most
 * {@value #BATCH_SIZE} findings per call). Security Hub keeps a {@code SUPPRESSED} finding suppressed even when it
 * is archived and comes back, so the undo is the portal's job.
 */
public class SecurityHubWaiverMirror {

    /** Security Hub's limit of findings per {@code BatchUpdateFindings}. */
    public static final int BATCH_SIZE = 100;

    /** The workflow a finding gets back when its waiver ends. */
    public enum Reopen {
        /** Not reviewed yet: what AWS documents for a finding that needs attention again. */
        NEW,
        /** The resource owner has been told (the portal notifies at expiry). */
        NOTIFIED
    }

    private final SecurityHubClient client;
    private final SecurityHubRequests requests;

    public SecurityHubWaiverMirror(SecurityHubClient client, SecurityHubRequests requests) {
        this.client = Objects.requireNonNull(client, "client");
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    /**
     * Suppresses the waiver's findings, noting the waiver's id and expiry.
     *
     * @throws HubMirrorException when a call fails (what was applied before is in it)
     */
    public HubMirrorResult suppress(List<HubFindingRef> findings, WaiverNote note) {
        return update(findings, WorkflowStatus.SUPPRESSED, note.suppressedText(), note,
                "suppress the findings of waiver " + note.waiverId());
    }

    /**
     * Takes the waiver's findings out of {@code SUPPRESSED} again, with a note saying why.
     *
     * @param why e.g. {@code expired on 2026-09-30} or {@code was revoked}
     * @throws HubMirrorException when a call fails (what was applied before is in it)
     */
    public HubMirrorResult reopen(List<HubFindingRef> findings, WaiverNote note, String why, Reopen as) {
        return update(findings, WorkflowStatus.fromValue(as.name()), note.reopenedText(why), note,
                "reopen the findings of waiver " + note.waiverId());
    }

    private HubMirrorResult update(List<HubFindingRef> findings, WorkflowStatus status, String text, WaiverNote note,
                                   String action) {
        List<HubFindingRef> unique = findings.stream().distinct().toList();
        AwsCall call = SecurityHubRequests.call(action, "BatchUpdateFindings");
        HubMirrorResult result = HubMirrorResult.NOTHING;
        for (int from = 0; from < unique.size(); from += BATCH_SIZE) {
            List<HubFindingRef> batch = unique.subList(from, Math.min(unique.size(), from + BATCH_SIZE));
            try {
                BatchUpdateFindingsResponse response = requests.send(call, () -> client.batchUpdateFindings(r -> r
                        .findingIdentifiers(batch.stream().map(SecurityHubWaiverMirror::identifier).toList())
                        .workflow(w -> w.status(status))
                        .note(n -> n.text(text).updatedBy(note.updatedByText()))));
                result = result.plus(result(response));
            } catch (AwsCallException e) {
                throw new HubMirrorException(e, result, unique.subList(from, unique.size()));
            }
        }
        return result;
    }

    private static HubMirrorResult result(BatchUpdateFindingsResponse response) {
        return new HubMirrorResult(
                response.processedFindings().stream().map(SecurityHubWaiverMirror::ref).toList(),
                response.unprocessedFindings().stream().map(u -> new HubUnprocessedFinding(
                        ref(u.findingIdentifier()), Objects.toString(u.errorCode(), ""),
                        Objects.toString(u.errorMessage(), ""))).toList());
    }

    private static AwsSecurityFindingIdentifier identifier(HubFindingRef ref) {
        return AwsSecurityFindingIdentifier.builder().id(ref.id()).productArn(ref.productArn()).build();
    }

    private static HubFindingRef ref(AwsSecurityFindingIdentifier identifier) {
        return new HubFindingRef(identifier.id(), identifier.productArn());
    }
}
