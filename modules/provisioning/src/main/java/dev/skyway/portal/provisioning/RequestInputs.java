package dev.skyway.portal.provisioning;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.ProductDetail;

/** What a request form's input turns into before it is stored: the values given, the tags, the product's name. */
final class RequestInputs {

    /** A parameter whose value names the provisioned product (BucketNameSuffix, DBName, ...). */
    static final Pattern NAME_KEY = Pattern.compile(".*(Name|NameSuffix)$");

    private RequestInputs() {
    }

    /** The request's tags as stored: the product's TagOptions first (in their order), then the free tags. */
    static Map<String, String> tags(NewProductRequest request, ProductDetail product) {
        Map<String, String> tags = new LinkedHashMap<>();
        product.tagOptions().keySet().forEach(key -> tags.put(key, request.tags().get(key)));
        request.tags().forEach(tags::putIfAbsent);
        return tags;
    }

    /**
     * The provisioned product's name: the requester's own value (not a default) of the first non-secret parameter
     * named like {@code *Name} or {@code *NameSuffix} (BucketNameSuffix, DBName, ...); else the product's name and
     * the request's short id.
     */
    static String provisionedName(ProductDetail product, Map<String, String> given, UUID id) {
        for (ParameterDescriptor p : product.parameters()) {
            String value = given.get(p.key());
            if (!p.noEcho() && NAME_KEY.matcher(p.key()).matches() && value != null && !value.isBlank()) {
                return value.replaceAll("[^A-Za-z0-9._-]", "-");
            }
        }
        String slug = product.name().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug + "-" + id.toString().substring(0, 8);
    }

    /** The values actually given: an empty field is no value (the product's default applies). */
    static Map<String, String> given(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** An optional field: blank is none; otherwise stripped. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
