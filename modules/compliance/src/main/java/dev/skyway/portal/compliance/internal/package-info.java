/** The compliance module's implementation: settings, imports, the finding store, frameworks and scores. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal;
