package dev.skyway.portal.incidents;

import org.jspecify.annotations.Nullable;

/**
 * What an accepted message did.
 *
 * @param result   {@code ACCEPTED}, {@code DUPLICATE} (a redelivered message, counted once), {@code SUBSCRIBED}
 *                 (an SNS subscription was confirmed) or {@code UNSUBSCRIBED}
 * @param alerts   how many alerts it created or changed
 * @param dedupKey the Events API's dedup key (generated when a trigger had none); null for other integrations
 */
public record IntakeOutcome(Result result, int alerts, @Nullable String dedupKey) {

    public enum Result { ACCEPTED, DUPLICATE, SUBSCRIBED, UNSUBSCRIBED }
}
