/** Reading the finding store: paged, filtered lists of findings, with whether an active waiver covers each. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.findings;
