/**
 * Reads kept until what they are read from changes: {@link dev.skyway.portal.platform.kept.KeptReads} keeps results
 * by their inputs and a version (a fingerprint of the tables they come from, read on every call so that a write on
 * any replica shows at once); {@link dev.skyway.portal.platform.kept.KeptReads#fingerprint} reads such a version in
 * one round trip. For what takes seconds at scale and changes rarely (scores over a million findings, sums over a
 * year of cost rollups).
 */
@org.springframework.modulith.NamedInterface("kept")
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.platform.kept;
