package dev.skyway.portal.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.catalog.internal.CostModel;
import dev.skyway.portal.catalog.internal.ProductRow;
import dev.skyway.portal.catalog.internal.Products;
import dev.skyway.portal.platform.money.Money;

/** Builds the facade's public records from stored rows. */
final class ProductAssembler {

    private final Products products;

    ProductAssembler(Products products) {
        this.products = products;
    }

    List<ProductSummary> summaries(List<ProductRow> rows, Map<String, CostModel> costModels) {
        Map<String, List<Portfolio>> portfolios = products.portfoliosByProduct();
        Map<String, Map<String, String>> tags = products.tagsByProduct();
        Map<String, List<ProductVersion>> versions = products.versionsByProduct();
        List<ProductSummary> result = new ArrayList<>(rows.size());
        for (ProductRow row : rows) {
            List<ProductVersion> all = versions.getOrDefault(row.id(), List.of());
            ProductVersion current = current(all);
            Money cost = null;
            CostModel model = costModels.get(row.id());
            if (model != null && current != null) {
                cost = Catalog.estimate(model, defaults(products.parameters(current.id())));
            }
            result.add(new ProductSummary(row.id(), row.name(), row.description(), row.owner(),
                    portfolios.getOrDefault(row.id(), List.of()), tags.getOrDefault(row.id(), Map.of()), current,
                    current == null || current.deprecated(), cost));
        }
        return result;
    }

    ProductDetail detail(ProductRow row, @Nullable String versionId, Optional<CostModel> costModel) {
        List<ProductVersion> versions = products.versions(row.id());
        ProductVersion version = versionId == null ? current(versions)
                : versions.stream().filter(v -> v.id().equals(versionId)).findFirst().orElse(null);
        if (version == null) {
            throw new ProductNotFoundException(row.id(), versionId == null
                    ? "Product " + row.id() + " has no version" : "Product " + row.id() + " has no version " + versionId);
        }
        List<ParameterDescriptor> parameters = products.parameters(version.id());
        Money cost = costModel.map(m -> Catalog.estimate(m, defaults(parameters))).orElse(null);
        List<Portfolio> portfolios = products.portfoliosByProduct().getOrDefault(row.id(), List.of());
        Map<String, String> tags = products.tagsByProduct().getOrDefault(row.id(), Map.of());
        return new ProductDetail(row.id(), row.name(), row.description(), row.owner(), row.supportUrl(), portfolios,
                tags, products.tagOptions(row.id()), version, versions, products.launchPaths(row.id()), parameters,
                cost);
    }

    /** Newest not deprecated, else newest, else none; {@code versions} newest first. */
    static @Nullable ProductVersion current(List<ProductVersion> versions) {
        return versions.stream().filter(v -> !v.deprecated()).findFirst()
                .orElse(versions.isEmpty() ? null : versions.getFirst());
    }

    private static Map<String, String> defaults(List<ParameterDescriptor> parameters) {
        Map<String, String> values = new HashMap<>();
        parameters.stream().filter(p -> p.defaultValue() != null).forEach(p -> values.put(p.key(), p.defaultValue()));
        return values;
    }
}
