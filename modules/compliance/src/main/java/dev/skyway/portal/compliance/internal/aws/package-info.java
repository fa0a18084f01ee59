/**
 * The AWS adapters of the compliance module: Security Hub CSPM findings and controls, the Config aggregator, the
 * Security Hub mirror of waivers and CloudFormation drift detection.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.aws;
