/**
 * The cost sources and services on AWS: Data Exports deliveries in S3, Cost Explorer (with its request budget),
 * Athena over the Data Exports table, AWS Budgets, Cost Anomaly Detection and savings recommendations.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.cost.internal.aws;
