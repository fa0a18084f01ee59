package dev.skyway.portal.catalog.internal.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import dev.skyway.portal.catalog.Portfolio;
import dev.skyway.portal.catalog.internal.CostModel;

/**
 * The sandbox account's initial content, from {@code catalog/sandbox/account.yml} and the templates next to it: what
 * the simulated Service Catalog holds before anyone changes it.
 */
final class SandboxManifest {

    static final String BASE = "catalog/sandbox/";

    record Artifact(String id, String name, @Nullable String description, boolean active, String guidance,
                    Instant createdAt, String template) {
    }

    record Product(String id, String name, @Nullable String description, @Nullable String owner,
                   @Nullable String supportUrl, List<String> portfolios, Map<String, String> tags,
                   Map<String, List<String>> tagOptions, List<Artifact> artifacts, @Nullable CostModel cost) {
    }

    final List<Portfolio> portfolios = new ArrayList<>();
    final List<Product> products = new ArrayList<>();

    @SuppressWarnings("unchecked")
    static SandboxManifest load() {
        Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(read("account.yml"));
        SandboxManifest manifest = new SandboxManifest();
        for (Map<String, Object> p : (List<Map<String, Object>>) root.get("portfolios")) {
            manifest.portfolios.add(new Portfolio(text(p, "id"), text(p, "name"), text(p, "description"),
                    text(p, "provider")));
        }
        for (Map<String, Object> p : (List<Map<String, Object>>) root.get("products")) {
            manifest.products.add(product(p));
        }
        return manifest;
    }

    @SuppressWarnings("unchecked")
    private static Product product(Map<String, Object> p) {
        String id = text(p, "id");
        List<Artifact> artifacts = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) p.get("versions")) {
            Object created = v.get("created");
            Instant createdAt = created instanceof Date date ? date.toInstant() : Instant.parse(String.valueOf(created));
            artifacts.add(new Artifact(text(v, "id"), text(v, "name"), text(v, "description"),
                    !Boolean.FALSE.equals(v.get("active")), v.getOrDefault("guidance", "DEFAULT").toString(),
                    createdAt, read("templates/" + text(v, "template"))));
        }
        Map<String, String> tags = new LinkedHashMap<>();
        ((Map<String, Object>) p.getOrDefault("tags", Map.of())).forEach((k, v) -> tags.put(k, String.valueOf(v)));
        Map<String, List<String>> tagOptions = new LinkedHashMap<>();
        ((Map<String, List<Object>>) p.getOrDefault("tag-options", Map.of())).forEach((k, v) ->
                tagOptions.put(k, v.stream().map(String::valueOf).toList()));
        return new Product(id, text(p, "name"), text(p, "description"), text(p, "owner"), text(p, "support-url"),
                (List<String>) p.get("portfolios"), tags, tagOptions, artifacts,
                cost(id, (Map<String, Object>) p.get("cost")));
    }

    @SuppressWarnings("unchecked")
    private static @Nullable CostModel cost(String productId, @Nullable Map<String, Object> cost) {
        if (cost == null) {
            return null;
        }
        List<CostModel.Rate> rates = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) cost.getOrDefault("rates", List.of())) {
            String param = text(r, "param");
            String times = text(r, "times");
            if (r.get("per-unit") != null) {
                rates.add(new CostModel.Rate(param, CostModel.PER_UNIT, new BigDecimal(text(r, "per-unit")), times));
            }
            ((Map<Object, Object>) r.getOrDefault("values", Map.of())).forEach((value, price) -> rates.add(
                    new CostModel.Rate(param, String.valueOf(value), new BigDecimal(String.valueOf(price)), times)));
        }
        return new CostModel(productId, Currency.getInstance(text(cost, "currency")),
                new BigDecimal(text(cost, "base")), rates);
    }

    private static @Nullable String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        return value == null ? null : String.valueOf(value);
    }

    static String read(String path) {
        try (InputStream in = new ClassPathResource(BASE + path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Sandbox resource missing: " + BASE + path, e);
        }
    }
}
