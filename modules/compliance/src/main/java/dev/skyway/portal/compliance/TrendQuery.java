package dev.skyway.portal.compliance;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which trend: a framework's score (absent: the score over all controls) for the organization, an account, a team
 * or an OU (at most one of the three), between two days (absent: the last 90 days up to today).
 */
public record TrendQuery(@Nullable UUID frameworkId, @Nullable String accountId, @Nullable String team,
                         @Nullable String ouPath, @Nullable LocalDate from, @Nullable LocalDate to) {
}
