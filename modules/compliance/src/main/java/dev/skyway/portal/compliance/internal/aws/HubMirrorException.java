package dev.skyway.portal.compliance.internal.aws;

import java.util.List;

import dev.skyway.portal.platform.aws.AwsCallException;

/**
 * A {@code BatchUpdateFindings} call failed part way through a waiver's findings: the calls before it were applied
 * ({@link #doneSoFar()}), the findings of the failed call and after it were not ({@link #notSent()}).
 */
public class HubMirrorException extends AwsCallException {

    private final transient HubMirrorResult doneSoFar;
    private final transient List<HubFindingRef> notSent;

    HubMirrorException(AwsCallException cause, HubMirrorResult doneSoFar, List<HubFindingRef> notSent) {
        super(cause.failure());
        this.doneSoFar = doneSoFar;
        this.notSent = List.copyOf(notSent);
    }

    public HubMirrorResult doneSoFar() {
        return doneSoFar;
    }

    public List<HubFindingRef> notSent() {
        return notSent;
    }
}
