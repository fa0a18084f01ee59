/**
 * The accounts REST API under {@code /api/v1}: the inventory (accounts, organizational units, sync) and account
 * requests, with their problems.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.accounts.api;
