package dev.skyway.portal.catalog.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.Portfolio;

/** What a {@link ProductCatalogSource} returns: the whole catalog at one moment. */
public record CatalogSnapshot(List<Portfolio> portfolios, List<Product> products) {

    /**
     * @param portfolioIds ids of the portfolios offering it
     * @param tags         product tags, key -> value
     * @param tagOptions   TagOptions, key -> allowed values
     * @param launchPaths  launch path id -> name
     */
    public record Product(String id, String name, String description, String owner, String supportUrl,
                          List<String> portfolioIds, Map<String, String> tags, Map<String, List<String>> tagOptions,
                          Map<String, String> launchPaths, List<Version> versions) {
    }

    /**
     * @param active   false for artifacts deactivated in Service Catalog
     * @param guidance {@code DEFAULT} or {@code DEPRECATED}
     */
    public record Version(String id, String name, String description, boolean active, String guidance,
                          Instant createdAt, List<ParameterDescriptor> parameters) {

        public static final String DEPRECATED = "DEPRECATED";
        public static final String DEFAULT = "DEFAULT";

        public boolean deprecated() {
            return !active || DEPRECATED.equals(guidance);
        }
    }
}
