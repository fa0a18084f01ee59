package dev.skyway.portal.compliance.internal.aws;

import java.util.Objects;

/** What names a finding to {@code BatchUpdateFindings}: its {@code Id} and {@code ProductArn}. */
public record HubFindingRef(String id, String productArn) {

    public HubFindingRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(productArn, "productArn");
    }
}
