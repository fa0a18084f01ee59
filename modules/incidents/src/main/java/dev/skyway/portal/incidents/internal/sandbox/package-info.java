/**
 * The sandbox: an alert simulator that sends realistic CloudWatch alarms and AWS Health events for the sandbox
 * accounts through the SNS intake path, and 90 days of generated incident history on a fresh start.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.incidents.internal.sandbox;
