package dev.skyway.portal.incidents;

/** What kind of message raised an alert. */
public enum AlertKind {
    /** a CloudWatch alarm's state change through SNS */
    CLOUDWATCH_ALARM,
    /** an AWS Health event through EventBridge and SNS */
    AWS_HEALTH,
    /** a GuardDuty finding through EventBridge and SNS */
    GUARDDUTY,
    /** one alert of an Alertmanager webhook */
    ALERTMANAGER,
    /** an event of the Events API */
    EVENT,
    /** any other SNS message, kept with its raw JSON or text */
    GENERIC
}
