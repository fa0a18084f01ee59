package dev.skyway.portal.incidents.internal.intake;

import java.util.UUID;

/** Told of every alert a signal opened, in the intake's transaction (routing implements it). */
public interface NewAlerts {

    void opened(UUID alertId);
}
