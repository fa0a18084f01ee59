package dev.skyway.portal.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The result of checking request values against a product version's parameters.
 *
 * @param violations empty when every value is acceptable; in parameter order
 */
public record ParameterValidation(List<ParameterViolation> violations) {

    public ParameterValidation {
        violations = List.copyOf(violations);
    }

    public boolean valid() {
        return violations.isEmpty();
    }

    /** Field -> its violations, for forms that show messages next to each field. */
    public Map<String, List<ParameterViolation>> byField() {
        return violations.stream().collect(Collectors.groupingBy(ParameterViolation::field,
                java.util.LinkedHashMap::new, Collectors.toList()));
    }
}
