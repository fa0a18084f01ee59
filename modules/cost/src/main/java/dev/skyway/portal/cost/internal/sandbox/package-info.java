/** The sandbox organization's cost: a deterministic FOCUS 1.2 generator, and the sandbox's savings recommendations. */
@org.jspecify.annotations.NullMarked
package dev.skyway.portal.cost.internal.sandbox;
