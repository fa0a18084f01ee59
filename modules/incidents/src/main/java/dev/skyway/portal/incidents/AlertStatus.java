package dev.skyway.portal.incidents;

/** Where an alert stands. A resolved alert stays resolved: the next trigger of its key opens a new alert. */
public enum AlertStatus {
    TRIGGERED, ACKNOWLEDGED, RESOLVED;

    public boolean open() {
        return this != RESOLVED;
    }
}
