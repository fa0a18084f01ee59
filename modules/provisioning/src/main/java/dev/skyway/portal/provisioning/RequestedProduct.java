package dev.skyway.portal.provisioning;

/** The product and version a request is for, with the names they had when it was requested. */
public record RequestedProduct(String productId, String productName, String versionId, String versionName) {

    /** The same product at another version. */
    public RequestedProduct withVersion(String versionId, String versionName) {
        return new RequestedProduct(productId, productName, versionId, versionName);
    }
}
