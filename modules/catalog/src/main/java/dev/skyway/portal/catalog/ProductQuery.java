package dev.skyway.portal.catalog;

/**
 * Filters for the product list; null or blank means "any".
 *
 * @param text        matched case-insensitively against name, description, owner and tags
 * @param portfolioId products in this portfolio
 * @param tag         {@code key=value}, or a value alone (any key)
 */
public record ProductQuery(String text, String portfolioId, String tag) {

    public ProductQuery {
        text = blankToNull(text);
        portfolioId = blankToNull(portfolioId);
        tag = blankToNull(tag);
    }

    public static ProductQuery all() {
        return new ProductQuery(null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
