package dev.skyway.portal.cost.internal.analysis;

import java.math.BigDecimal;

/**
 * What added to a rise in cost: one key of one dimension and how much more it cost than in the baseline.
 *
 * @param dimension e.g. {@code RegionId}, {@code x_UsageType}, {@code ResourceId}
 * @param key       the dimension's value, e.g. {@code us-east-1}
 * @param delta     actual − baseline, positive, with cents
 */
public record Contributor(String dimension, String key, BigDecimal delta) {
}
