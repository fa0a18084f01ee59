/**
 * What the portal changed on an AWS account, asked of every module that changes accounts: a module implements
 * {@link dev.skyway.portal.platform.changes.AccountChangeSource} over what it records (provisioning: product
 * requests; accounts: vending, baselines, budgets, closings), and a module that explains something by the portal's
 * own changes (cost anomalies, incidents) asks {@link dev.skyway.portal.platform.changes.AccountChanges}, which
 * merges every source's {@link dev.skyway.portal.platform.changes.AccountChange}s. Neither side depends on the
 * other: both depend on this port only.
 */
@org.springframework.modulith.NamedInterface("changes")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.changes;
