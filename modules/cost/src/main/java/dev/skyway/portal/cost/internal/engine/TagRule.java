package dev.skyway.portal.cost.internal.engine;

import org.jspecify.annotations.Nullable;

/** A finance allocation rule on a tag: line items whose tag {@code key} equals {@code value} go to a team. */
public record TagRule(String key, String value, @Nullable String team, @Nullable String costCenter) {
}
