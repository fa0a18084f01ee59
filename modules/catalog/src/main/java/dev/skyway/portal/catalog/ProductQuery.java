package dev.skyway.portal.catalog;

import org.jspecify.annotations.Nullable;

/**
 * Filters for the product list; an absent or blank filter means "any".
 *
 * @param text        matched case-insensitively against name, description, owner and tags
 * @param portfolioId products in this portfolio
 * @param tag         {@code key=value}, or a value alone (any key)
 */
public record ProductQuery(@Nullable String text, @Nullable String portfolioId, @Nullable String tag) {

    public ProductQuery {
        text = blankToNull(text);
        portfolioId = blankToNull(portfolioId);
        tag = blankToNull(tag);
    }

    public static ProductQuery all() {
        return new ProductQuery(null, null, null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
