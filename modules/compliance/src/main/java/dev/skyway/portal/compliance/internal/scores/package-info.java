/**
 * Scores as Security Hub computes them (passed ÷ units with data, for enabled controls), per framework and over all
 * controls, in any scope of accounts; the arithmetic is plain code, the inputs come from the finding store.
 */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.compliance.internal.scores;
