/**
 * Importing findings: a file is read once to validate it (a bad one is refused before anything is stored), then
 * again in the background into the store in one transaction: deduplicated per (source, account, region, resource,
 * control), first and last seen kept, history recorded, absent findings of a full import resolved, equivalent
 * results of other tools marked as duplicates.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.imports;
