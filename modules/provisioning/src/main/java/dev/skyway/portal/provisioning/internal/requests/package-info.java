/**
 * Product requests behind the facades: their rows and store, lifecycle, provisioning calls, the poll job and
 * provisioned products.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.provisioning.internal.requests;
