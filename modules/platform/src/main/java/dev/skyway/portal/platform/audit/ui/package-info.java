/** The audit ledger's view. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.audit.ui;
