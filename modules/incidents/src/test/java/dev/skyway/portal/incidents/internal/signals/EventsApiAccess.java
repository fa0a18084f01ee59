package dev.skyway.portal.incidents.internal.signals;

import dev.skyway.portal.incidents.internal.intake.AlertSignal;

/** A trigger signal for store tests in other packages. */
public final class EventsApiAccess {

    private EventsApiAccess() {
    }

    public static AlertSignal trigger(String dedupKey) {
        return EventsApi.signal(Payloads.changed("events-trigger.json", json -> json.put("dedup_key", dedupKey)));
    }
}
