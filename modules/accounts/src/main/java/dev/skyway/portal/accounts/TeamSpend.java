package dev.skyway.portal.accounts;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Extension point for the cost module: what a team's AWS accounts cost so far this month, shown to the approvers of
 * an account request next to the team's account count. Without an implementation (no cost data connected yet) the
 * approvers see that the figure is not available.
 */
public interface TeamSpend {

    /** Month-to-date spend of the team's accounts in USD; empty when unknown for this team. */
    Optional<BigDecimal> monthToDateUsd(String team);
}
