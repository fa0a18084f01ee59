package dev.skyway.portal.compliance.internal.aws;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Whether a control is enabled in one enabled standard ({@code ListStandardsControlAssociations}: the current,
 * consolidated-controls view).
 *
 * @param status        {@code ENABLED} or {@code DISABLED}
 * @param updatedReason why it was last enabled or disabled, as the user wrote it
 */
public record HubControlAssociation(String securityControlId, String standardsArn, String status,
                                    List<String> relatedRequirements, @Nullable Instant updatedAt,
                                    @Nullable String updatedReason, @Nullable String standardsControlTitle) {

    public HubControlAssociation {
        relatedRequirements = List.copyOf(relatedRequirements);
    }
}
