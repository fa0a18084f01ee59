/**
 * Drift of the stacks the portal provisioned: checks on demand and on a schedule, run against CloudFormation in AWS
 * mode or a stateful simulation in the sandbox, kept in {@code drift_check} and {@code resource_drift}.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.drift;
