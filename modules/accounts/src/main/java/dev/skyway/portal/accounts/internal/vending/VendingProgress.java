package dev.skyway.portal.accounts.internal.vending;

import org.jspecify.annotations.Nullable;

/**
 * Where an account creation stands.
 *
 * @param accountId     the new account's id once known (SUCCEEDED, sometimes earlier)
 * @param failureReason the vendor's reason code when FAILED (e.g. {@code EMAIL_ALREADY_EXISTS},
 *                      {@code ACCOUNT_LIMIT_EXCEEDED}, {@code CONCURRENT_ACCOUNT_MODIFICATION})
 * @param message       plain words for people when FAILED
 */
public record VendingProgress(State state, @Nullable String accountId, @Nullable String failureReason,
                              @Nullable String message) {

    public enum State { IN_PROGRESS, SUCCEEDED, FAILED }

    public static VendingProgress inProgress() {
        return new VendingProgress(State.IN_PROGRESS, null, null, null);
    }

    public static VendingProgress succeeded(String accountId) {
        return new VendingProgress(State.SUCCEEDED, accountId, null, null);
    }

    public static VendingProgress failed(@Nullable String reason, @Nullable String message) {
        return new VendingProgress(State.FAILED, null, reason, message);
    }
}
