package dev.skyway.portal.catalog.internal;

/**
 * The port the catalog reads Service Catalog through: the AWS API ({@code internal.aws}) or the sandbox
 * simulation ({@code internal.sandbox}), chosen by {@code portal.aws.mode}.
 */
public interface ProductCatalogSource {

    /** {@code aws} or {@code sandbox}: shown in the sync status. */
    String name();

    /**
     * Everything the portal offers: portfolios, their products, every version with its parameters.
     *
     * @throws CatalogSourceException when the source cannot be read (in the portal's words, AWS request id kept)
     */
    CatalogSnapshot fetch();
}
