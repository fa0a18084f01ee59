/**
 * The account inventory's implementation: the sync from an {@code OrganizationDirectory} into the {@code accounts}
 * schema, its configuration and the {@code AccountDirectory} answer.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.accounts.internal;
