package dev.skyway.portal.approvals;

import java.time.Duration;
import java.util.List;

/** Who would approve a subject with given attributes under the current policy ("who will approve"). */
public record RoutePreview(int policyVersion, String ruleName, boolean autoApproved, List<Stage> stages) {

    /**
     * @param approvers e.g. {@code role:APPROVER}, {@code user:approver}; the team's leads are resolved to users
     * @param escalateTo the role asked when the SLA is missed
     */
    public record Stage(String name, ApprovalMode mode, int requiredApprovals, List<String> approvers,
                        Duration sla, String escalateTo, boolean held) {
    }
}
