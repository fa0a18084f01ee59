package dev.skyway.portal.catalog;

/** No product (or no version of it) with that id in the catalog. */
public class ProductNotFoundException extends RuntimeException {

    private final String productId;

    public ProductNotFoundException(String productId, String message) {
        super(message);
        this.productId = productId;
    }

    public String productId() {
        return productId;
    }
}
