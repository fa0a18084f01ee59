package dev.skyway.portal.incidents.internal.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.incidents.AlertKind;
import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.InvalidPayloadException;
import dev.skyway.portal.incidents.internal.intake.AlertSignal;
import dev.skyway.portal.incidents.internal.intake.SignalAction;
import tools.jackson.databind.node.ObjectNode;

/** Events in PagerDuty's Events v2 shape: trigger, acknowledge, resolve; dedup keys up to 255; bad events named. */
class EventsApiTests {

    @Test
    void aTriggerCarriesItsPayload() {
        AlertSignal trigger = EventsApi.signal(Payloads.text("events-trigger.json"));

        assertThat(trigger.action()).isEqualTo(SignalAction.TRIGGER);
        assertThat(trigger.dedupKey()).isEqualTo("checkout-db-connections");
        assertThat(trigger.kind()).isEqualTo(AlertKind.EVENT);
        assertThat(trigger.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(trigger.summary()).isEqualTo("Checkout database connection pool exhausted");
        assertThat(trigger.source()).isEqualTo("checkout-db.eu-central-1");
        assertThat(trigger.service()).isEqualTo("checkout");
        assertThat(trigger.accountId()).isEqualTo("383317268332");
        assertThat(trigger.details()).contains("\"free_connections\":0").contains("runbooks.example.com");
    }

    @Test
    void aTriggerWithoutDedupKeyGetsANewOneAndAcknowledgeAndResolveNeedOne() {
        String generated = EventsApi.signal(Payloads.changed("events-trigger.json", json -> json.remove("dedup_key")))
                .dedupKey();

        assertThat(generated).hasSize(36);
        assertThat(EventsApi.signal("{\"event_action\":\"acknowledge\",\"dedup_key\":\"k\"}").action())
                .isEqualTo(SignalAction.ACKNOWLEDGE);
        assertThat(EventsApi.signal("{\"event_action\":\"resolve\",\"dedup_key\":\"k\"}").action())
                .isEqualTo(SignalAction.RESOLVE);
        assertThatThrownBy(() -> EventsApi.signal("{\"event_action\":\"resolve\"}"))
                .isInstanceOf(InvalidPayloadException.class).hasMessage("dedup_key: required to resolve an alert");
    }

    @Test
    void aDedupKeyOfMoreThan255CharactersIsRefused() {
        assertThat(EventsApi.signal(Payloads.changed("events-trigger.json",
                json -> json.put("dedup_key", "k".repeat(255)))).dedupKey()).hasSize(255);
        assertThatThrownBy(() -> EventsApi.signal(Payloads.changed("events-trigger.json",
                json -> json.put("dedup_key", "k".repeat(256))))).isInstanceOf(InvalidPayloadException.class)
                .hasMessage("dedup_key: at most 255 characters");
    }

    @Test
    void badEventsNameTheFieldAndTheRule() {
        assertThatThrownBy(() -> EventsApi.signal("[]")).hasMessage("body: must be a JSON object");
        assertThatThrownBy(() -> EventsApi.signal(Payloads.changed("events-trigger.json",
                json -> json.put("event_action", "escalate")))).hasMessageStartingWith("event_action:");
        assertThatThrownBy(() -> EventsApi.signal(Payloads.changed("events-trigger.json",
                json -> ((ObjectNode) json.get("payload")).put("severity", "sev1"))))
                .hasMessageStartingWith("payload.severity: must be critical, error, warning or info");
        assertThatThrownBy(() -> EventsApi.signal(Payloads.changed("events-trigger.json",
                json -> ((ObjectNode) json.get("payload")).remove("summary"))))
                .hasMessage("payload.summary: required, a non-empty string");
        assertThatThrownBy(() -> EventsApi.signal(Payloads.changed("events-trigger.json",
                json -> json.remove("payload")))).hasMessage("payload: required for a trigger, an object");
        assertThatThrownBy(() -> EventsApi.signal(Payloads.changed("events-trigger.json",
                json -> json.put("dedup_key", 42)))).hasMessage("dedup_key: must be a string");
    }
}
