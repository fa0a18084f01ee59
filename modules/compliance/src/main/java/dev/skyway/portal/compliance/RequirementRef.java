package dev.skyway.portal.compliance;

import java.util.UUID;

/** A framework requirement that a control is one of the checks of. */
public record RequirementRef(UUID frameworkId, String frameworkName, String requirementId) {
}
