package dev.skyway.portal.catalog.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.skyway.portal.platform.money.Money;
import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.Portfolio;
import dev.skyway.portal.catalog.ProductDetail;
import dev.skyway.portal.catalog.ProductSummary;
import dev.skyway.portal.catalog.ProductVersion;

/** The API's JSON shapes (the public API's contract, decoupled from the facade's records). */
final class CatalogDtos {

    private CatalogDtos() {
    }

    record Cost(BigDecimal amount, String currency) {
        static @Nullable Cost of(@Nullable Money money) {
            return money == null ? null : new Cost(money.amount(), money.currency().getCurrencyCode());
        }
    }

    record Version(String id, String name, @Nullable String description, boolean deprecated, Instant createdAt) {
        static @Nullable Version of(@Nullable ProductVersion v) {
            return v == null ? null : new Version(v.id(), v.name(), v.description(), v.deprecated(), v.createdAt());
        }
    }

    /**
     * @param portfolio the first portfolio's name (most products are in one); {@code portfolios} has them all
     */
    record ProductItem(String id, String name, @Nullable String description, @Nullable String owner,
                       @Nullable String portfolio, List<Portfolio> portfolios, Map<String, String> tags,
                       @Nullable Version version, boolean deprecated, @Nullable Cost estimatedMonthlyCost) {
        static ProductItem of(ProductSummary p) {
            return new ProductItem(p.id(), p.name(), p.description(), p.owner(),
                    p.portfolios().isEmpty() ? null : p.portfolios().getFirst().name(), p.portfolios(), p.tags(),
                    Version.of(p.version()), p.deprecated(), Cost.of(p.estimatedMonthlyCost()));
        }
    }

    record Product(String id, String name, @Nullable String description, @Nullable String owner,
                   @Nullable String supportUrl, @Nullable String portfolio, List<Portfolio> portfolios,
                   Map<String, String> tags, Map<String, List<String>> tagOptions, @Nullable Version version,
                   List<@Nullable Version> versions, List<String> launchPaths, List<Parameter> parameters,
                   @Nullable Cost estimatedMonthlyCost) {
        static Product of(ProductDetail p) {
            return new Product(p.id(), p.name(), p.description(), p.owner(), p.supportUrl(),
                    p.portfolios().isEmpty() ? null : p.portfolios().getFirst().name(), p.portfolios(), p.tags(),
                    p.tagOptions(), Version.of(p.version()), p.versions().stream().map(Version::of).toList(),
                    p.launchPaths(), p.parameters().stream().map(Parameter::of).toList(),
                    Cost.of(p.estimatedMonthlyCost()));
        }
    }

    /** A NoEcho parameter's default is never sent. */
    record Parameter(String key, String label, @Nullable String group, @Nullable String description, String type,
                     @JsonProperty("default") @Nullable String defaultValue, List<String> allowedValues,
                     @Nullable String allowedPattern, @Nullable String constraintDescription,
                     @Nullable Integer minLength, @Nullable Integer maxLength, @Nullable BigDecimal minValue,
                     @Nullable BigDecimal maxValue, boolean noEcho, boolean required) {
        static Parameter of(ParameterDescriptor p) {
            return new Parameter(p.key(), p.label(), p.group(), p.description(), p.type(),
                    p.noEcho() ? null : p.defaultValue(), p.allowedValues(), p.allowedPattern(),
                    p.constraintDescription(), p.minLength(), p.maxLength(), p.minValue(), p.maxValue(), p.noEcho(),
                    p.required());
        }
    }
}
