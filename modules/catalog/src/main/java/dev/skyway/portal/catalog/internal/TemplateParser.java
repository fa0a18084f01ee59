package dev.skyway.portal.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.TemplateCheck;

/**
 * The parameters of a CloudFormation template as the request form shows them. Service Catalog's API does not return
 * parameter groups and labels, so they are read from the template's {@code Metadata: AWS::CloudFormation::Interface}:
 * parameters come group by group (groups in template order, parameters in the order each group lists them, as the
 * CloudFormation console shows them), then the ungrouped ones in the order of the {@code Parameters} section.
 */
@Component
public class TemplateParser {

    static final String INTERFACE = "AWS::CloudFormation::Interface";

    /**
     * @param body a YAML or JSON template
     * @throws TemplateException when the template cannot be read or a parameter is malformed
     */
    public List<ParameterDescriptor> parameters(String body) {
        return check(body).parameters();
    }

    /**
     * The parameters and what was accepted with a warning (duplicate keys, JSON that is not strict JSON, an
     * AllowedPattern the portal cannot apply).
     *
     * @param body a YAML or JSON template
     * @throws TemplateException when the template cannot be read or a parameter is malformed
     */
    public TemplateCheck check(String body) {
        TemplateDocument document = TemplateReader.read(body);
        List<ParameterDescriptor> parameters = parameters(document.sections());
        List<String> warnings = new ArrayList<>(document.warnings());
        warnings.addAll(PatternWarnings.of(parameters));
        return new TemplateCheck(parameters, warnings);
    }

    private static List<ParameterDescriptor> parameters(Map<String, Object> template) {
        Map<String, Object> parameters = mapping(template.get("Parameters"), "Parameters");
        Map<String, Object> ui = mapping(mapping(template.get("Metadata"), "Metadata").get(INTERFACE), INTERFACE);
        Map<String, String> labels = labels(mapping(ui.get("ParameterLabels"), "ParameterLabels"));

        Map<String, String> groupOf = new LinkedHashMap<>();
        for (Object group : list(ui.get("ParameterGroups"))) {
            Map<String, Object> g = mapping(group, "ParameterGroups item");
            String label = defaultText(g.get("Label"));
            for (Object key : list(g.get("Parameters"))) {
                groupOf.putIfAbsent(String.valueOf(key), label);
            }
        }
        Set<String> order = new LinkedHashSet<>();
        groupOf.keySet().stream().filter(parameters::containsKey).forEach(order::add);
        order.addAll(parameters.keySet());

        List<ParameterDescriptor> result = new ArrayList<>();
        for (String key : order) {
            result.add(descriptor(key, mapping(parameters.get(key), "Parameter " + key))
                    .placed(groupOf.get(key), labels.get(key)));
        }
        return result;
    }

    private static ParameterDescriptor descriptor(String key, Map<String, Object> p) {
        Object type = p.get("Type");
        if (type == null) {
            throw new TemplateException("Parameter " + key + " has no Type");
        }
        return new ParameterDescriptor(key, null, null, text(p.get("Description")), String.valueOf(type),
                scalar(p.get("Default")), list(p.get("AllowedValues")).stream().map(CloudFormationScalars::text).toList(),
                text(p.get("AllowedPattern")), text(p.get("ConstraintDescription")),
                integer(key, "MinLength", p.get("MinLength")), integer(key, "MaxLength", p.get("MaxLength")),
                decimal(key, "MinValue", p.get("MinValue")), decimal(key, "MaxValue", p.get("MaxValue")),
                bool(p.get("NoEcho")));
    }

    private static Map<String, String> labels(Map<String, Object> labels) {
        Map<String, String> result = new LinkedHashMap<>();
        labels.forEach((key, label) -> result.put(key, defaultText(label)));
        return result;
    }

    /** {@code {default: "Text"}} as CloudFormation writes labels. */
    private static @Nullable String defaultText(@Nullable Object label) {
        return label instanceof Map<?, ?> map ? text(map.get("default")) : text(label);
    }

    /** A Default: lists (CommaDelimitedList defaults written as YAML lists) become comma-separated text. */
    private static @Nullable String scalar(@Nullable Object value) {
        if (value instanceof List<?> items) {
            return String.join(",", items.stream().map(CloudFormationScalars::text).toList());
        }
        return text(value);
    }

    private static @Nullable String text(@Nullable Object value) {
        return CloudFormationScalars.text(value);
    }

    private static @Nullable Integer integer(String key, String name, @Nullable Object value) {
        BigDecimal number = decimal(key, name, value);
        try {
            return number == null ? null : number.intValueExact();
        } catch (ArithmeticException e) {
            throw new TemplateException("Parameter " + key + ": " + name + " must be a whole number");
        }
    }

    private static @Nullable BigDecimal decimal(String key, String name, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(CloudFormationScalars.text(value).strip());
        } catch (NumberFormatException e) {
            throw new TemplateException("Parameter " + key + ": " + name + " is not a number: " + value);
        }
    }

    private static boolean bool(@Nullable Object value) {
        return value != null && Boolean.parseBoolean(CloudFormationScalars.text(value));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(@Nullable Object value, String what) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            ((Map<Object, Object>) map).forEach((k, v) -> result.put(String.valueOf(k), v));
            return result;
        }
        throw new TemplateException(what + " must be a mapping");
    }

    private static List<?> list(@Nullable Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            return items;
        }
        return List.of(value);
    }
}
