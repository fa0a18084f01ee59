/**
 * Score history and what changed: a day's score per framework (and over all controls) for the organization, each
 * account, team and OU, kept 400 days; and the findings that failed, were fixed or regressed since a moment, from
 * the findings' history.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.trends;
