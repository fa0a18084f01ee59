package dev.skyway.portal.compliance;

/**
 * The control a finding checks.
 *
 * @param controlId  the tool's id: a Prowler check id ({@code metadata.event_code}), a Security Hub control id
 * @param controlKey the control it is equivalent to across tools (itself when no mapping says otherwise)
 * @param title      what the control checks, in the tool's words
 */
public record FindingControl(String controlId, String controlKey, String title) {
}
