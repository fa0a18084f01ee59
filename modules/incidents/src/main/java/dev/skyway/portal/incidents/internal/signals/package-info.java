/**
 * What each kind of message says about alerts, as {@link dev.skyway.portal.incidents.internal.intake.AlertSignal}s:
 * CloudWatch alarms, AWS Health events and GuardDuty findings (through EventBridge) and any other message arriving by
 * SNS, Alertmanager webhooks and Events API events. A message that cannot be read is refused with the field and the
 * rule it breaks.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.internal.signals;
