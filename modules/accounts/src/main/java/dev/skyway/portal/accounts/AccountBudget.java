package dev.skyway.portal.accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The portal's record of a vended account's monthly budget (USD). */
public record AccountBudget(String accountId, UUID requestId, String budgetName, BigDecimal monthlyLimit,
                            String currency, Instant createdAt) {
}
