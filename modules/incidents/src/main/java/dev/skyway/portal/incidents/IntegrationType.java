package dev.skyway.portal.incidents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an integration receives alerts. The API writes them in lower case ({@code sns}, {@code alertmanager}, ...). */
public enum IntegrationType {
    /** Amazon SNS over HTTPS: CloudWatch alarms, AWS Health and GuardDuty through EventBridge, anything else */
    SNS("sns"),
    /** Prometheus Alertmanager's webhook (payload version 4) */
    ALERTMANAGER("alertmanager"),
    /** an Events API in the shape of PagerDuty Events v2 */
    EVENTS("events");

    private final String wireName;

    IntegrationType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Without regard to case; empty for anything else. */
    public static Optional<IntegrationType> parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wanted)).findFirst();
    }
}
