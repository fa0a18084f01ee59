package dev.skyway.portal.incidents.internal.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.skyway.portal.incidents.AlertKind;
import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.InvalidPayloadException;
import dev.skyway.portal.incidents.internal.intake.AlertSignal;
import dev.skyway.portal.incidents.internal.intake.SignalAction;
import tools.jackson.databind.node.ObjectNode;

/** Alertmanager v4 webhooks: one signal per fingerprint, firing triggers, resolved resolves, bad payloads named. */
class AlertmanagerWebhooksTests {

    @Test
    void eachAlertOfTheGroupIsASignalOfItsFingerprint() {
        List<AlertSignal> signals = AlertmanagerWebhooks.signals(Payloads.text("alertmanager-v4.json"));

        assertThat(signals).extracting(AlertSignal::dedupKey).containsExactly("c6f5a1b2d3e4f506", "a1b2c3d4e5f60718");
        AlertSignal firing = signals.get(0);
        assertThat(firing.action()).isEqualTo(SignalAction.TRIGGER);
        assertThat(firing.kind()).isEqualTo(AlertKind.ALERTMANAGER);
        assertThat(firing.severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(firing.summary()).isEqualTo("Checkout error rate above 10%");
        assertThat(firing.source()).isEqualTo("HighErrorRate");
        assertThat(firing.accountId()).isEqualTo("383317268332");
        assertThat(firing.service()).isEqualTo("checkout");
        assertThat(firing.resource()).isEqualTo("checkout-7d9f:8080");
        assertThat(firing.note()).isEqualTo("firing since 2026-12-03T09:55:00.000Z");
        assertThat(firing.details()).contains("\"endsAt\":\"0001-01-01T00:00:00Z\"");
        AlertSignal resolved = signals.get(1);
        assertThat(resolved.action()).isEqualTo(SignalAction.RESOLVE);
        assertThat(resolved.severity()).isEqualTo(AlertSeverity.WARNING);
        assertThat(resolved.service()).isEqualTo("payments");
        assertThat(resolved.summary()).isEqualTo("p99 latency back below 500ms");
        assertThat(resolved.note()).isEqualTo("resolved at 2026-12-03T09:50:00.000Z");
    }

    @Test
    void badPayloadsNameTheFieldAndTheRule() {
        assertThatThrownBy(() -> AlertmanagerWebhooks.signals("not json")).isInstanceOf(InvalidPayloadException.class)
                .hasMessageStartingWith("body: is not valid JSON");
        assertThatThrownBy(() -> AlertmanagerWebhooks.signals(Payloads.changed("alertmanager-v4.json",
                json -> json.put("version", "3")))).hasMessageStartingWith("version: must be \"4\"");
        assertThatThrownBy(() -> AlertmanagerWebhooks.signals(Payloads.changed("alertmanager-v4.json",
                json -> json.remove("alerts")))).hasMessage("alerts: required, an array");
        assertThatThrownBy(() -> AlertmanagerWebhooks.signals(Payloads.changed("alertmanager-v4.json",
                json -> ((ObjectNode) json.get("alerts").get(1)).remove("fingerprint"))))
                .hasMessage("alerts[1].fingerprint: required, a non-empty string");
        assertThatThrownBy(() -> AlertmanagerWebhooks.signals(Payloads.changed("alertmanager-v4.json",
                json -> ((ObjectNode) json.get("alerts").get(0)).put("status", "pending"))))
                .hasMessageStartingWith("alerts[0].status: must be firing or resolved");
        assertThatThrownBy(() -> AlertmanagerWebhooks.signals(Payloads.changed("alertmanager-v4.json",
                json -> ((ObjectNode) json.get("alerts").get(0)).put("labels", "x"))))
                .hasMessage("alerts[0].labels: must be an object");
    }

    @Test
    void severityLabelsTeamsUseAreUnderstood() {
        assertThat(AlertmanagerWebhooks.severity(Payloads.JSON.readTree("{\"severity\":\"page\"}")))
                .isEqualTo(AlertSeverity.CRITICAL);
        assertThat(AlertmanagerWebhooks.severity(Payloads.JSON.readTree("{\"severity\":\"high\"}")))
                .isEqualTo(AlertSeverity.ERROR);
        assertThat(AlertmanagerWebhooks.severity(Payloads.JSON.readTree("{\"severity\":\"info\"}")))
                .isEqualTo(AlertSeverity.INFO);
        assertThat(AlertmanagerWebhooks.severity(Payloads.JSON.readTree("{}"))).isEqualTo(AlertSeverity.WARNING);
    }
}
