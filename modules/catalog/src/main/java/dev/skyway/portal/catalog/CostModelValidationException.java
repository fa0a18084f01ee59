package dev.skyway.portal.catalog;

import java.util.List;

/** A cost model was refused before anything was stored; each violation names the field and rule. */
public class CostModelValidationException extends RuntimeException {

    private final transient List<CostModelViolation> violations;

    public CostModelValidationException(List<CostModelViolation> violations) {
        super(violations.size() + " field(s) need attention: " + String.join(", ",
                violations.stream().map(CostModelViolation::field).distinct().toList()));
        this.violations = List.copyOf(violations);
    }

    public List<CostModelViolation> violations() {
        return violations;
    }
}
