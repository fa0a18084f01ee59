package dev.skyway.portal.approvals.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.approvals.delegation.*}: how far an approver may hand their tasks to someone else.
 *
 * @param maxDays the longest delegation window in days (default 30, 1 to 366). A delegate decides the delegator's
 *                own tasks for that long, so the window is kept short by policy.
 */
@Validated
@ConfigurationProperties("portal.approvals.delegation")
public record DelegationProperties(@DefaultValue("30") int maxDays) {

    public DelegationProperties {
        if (maxDays < 1 || maxDays > 366) {
            throw new IllegalArgumentException("portal.approvals.delegation.max-days must be between 1 and 366");
        }
    }
}
