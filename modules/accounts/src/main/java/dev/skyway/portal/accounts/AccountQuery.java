package dev.skyway.portal.accounts;

import org.jspecify.annotations.Nullable;

/**
 * Filters over the inventory; an absent or blank one does not filter. All given filters must match.
 *
 * @param text   part of the id, name or email, ignoring case (wildcards are literal)
 * @param ouId   accounts in this OU or any OU below it (the root id: all)
 * @param status exact status, e.g. {@code SUSPENDED}
 * @param team   exact {@code owner-team}, ignoring case
 * @param tag    {@code key=value} (exact), or a key (the account has the tag)
 */
public record AccountQuery(@Nullable String text, @Nullable String ouId, @Nullable String status,
                           @Nullable String team, @Nullable String tag) {

    public static AccountQuery all() {
        return new AccountQuery(null, null, null, null, null);
    }
}
