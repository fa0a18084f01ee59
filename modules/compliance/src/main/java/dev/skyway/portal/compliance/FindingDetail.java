package dev.skyway.portal.compliance;

import java.util.List;

/**
 * A finding with what its page shows around it.
 *
 * @param history      oldest first
 * @param requirements the framework requirements its control (or an equivalent control) is a check of
 */
public record FindingDetail(Finding finding, List<FindingEvent> history, List<RequirementRef> requirements) {
}
