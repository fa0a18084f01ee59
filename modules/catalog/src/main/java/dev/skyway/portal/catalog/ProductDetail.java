package dev.skyway.portal.catalog;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.money.Money;

/**
 * A product with one of its versions and that version's parameters.
 *
 * @param tagOptions           tag key -> the values a requester may choose from (TagOptions)
 * @param version              the version whose parameters these are
 * @param versions             all versions, newest first
 * @param launchPaths          ids of the launch paths (portfolio access paths) to provision it through
 * @param parameters           in form order: parameter groups in template order, ungrouped parameters last
 * @param estimatedMonthlyCost with the default values; absent when there is no cost model
 */
public record ProductDetail(String id, String name, @Nullable String description, @Nullable String owner,
                            @Nullable String supportUrl, List<Portfolio> portfolios, Map<String, String> tags,
                            Map<String, List<String>> tagOptions, ProductVersion version,
                            List<ProductVersion> versions, List<String> launchPaths,
                            List<ParameterDescriptor> parameters, @Nullable Money estimatedMonthlyCost) {

    /** The versions a new request may use (not deprecated), newest first; may be empty. */
    public List<ProductVersion> requestableVersions() {
        return versions.stream().filter(v -> !v.deprecated()).toList();
    }

    /** The default value of every parameter that has one (a starting point for a request form). */
    public Map<String, String> defaults() {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (ParameterDescriptor p : parameters) {
            if (p.defaultValue() != null) {
                values.put(p.key(), p.defaultValue());
            }
        }
        return values;
    }
}
