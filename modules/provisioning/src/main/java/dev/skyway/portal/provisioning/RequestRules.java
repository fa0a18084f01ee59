package dev.skyway.portal.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.ParameterValidator;
import dev.skyway.portal.catalog.ParameterViolation;
import dev.skyway.portal.catalog.ProductDetail;
import dev.skyway.portal.provisioning.internal.requests.SecretBox;

/**
 * The rules a product request must meet before anything is stored, for a new request, an edit and a day-2 change
 * alike: the version, where it goes (environment, account, and that account's rules), why, the product's parameter
 * rules, tags and lengths, and that secret values can be kept.
 */
@Component
class RequestRules {

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private final TargetAccountRules targets;
    private final SandboxIdCheck sandboxIds;
    private final SecretBox secrets;

    RequestRules(TargetAccountRules targets, SandboxIdCheck sandboxIds, SecretBox secrets) {
        this.targets = targets;
        this.sandboxIds = sandboxIds;
        this.secrets = secrets;
    }

    /** Every rule {@code r} breaks for {@code product} (its version as requested); empty when none. */
    List<RequestViolation> check(NewProductRequest r, ProductDetail product) {
        List<RequestViolation> out = new ArrayList<>();
        if (product.version().deprecated()) {
            out.add(new RequestViolation("versionId", "DEPRECATED",
                    "version " + product.version().name() + " is deprecated; choose a newer version"));
        }
        if (r.environment() == null || r.environment().isBlank()) {
            out.add(new RequestViolation("environment", "REQUIRED", "is required"));
        } else if (!ProductRequests.ENVIRONMENTS.contains(r.environment())) {
            out.add(new RequestViolation("environment", "ALLOWED_VALUES", "must be one of: dev, staging, prod"));
        }
        if (r.accountId() == null || r.accountId().isBlank()) {
            out.add(new RequestViolation("accountId", "REQUIRED", "is required"));
        } else if (!ACCOUNT.matcher(r.accountId()).matches()) {
            out.add(new RequestViolation("accountId", "ALLOWED_PATTERN", "must be a 12-digit AWS account id"));
        } else {
            out.addAll(targets.check(r.environment(), r.accountId()));
        }
        if (r.justification() == null || r.justification().isBlank()) {
            out.add(new RequestViolation("justification", "REQUIRED", "is required: say why you need it"));
        } else if (r.justification().strip().length() > ProductRequests.MAX_JUSTIFICATION) {
            out.add(new RequestViolation("justification", "MAX_LENGTH",
                    "must be at most " + ProductRequests.MAX_JUSTIFICATION + " characters"));
        }
        if (r.costCenter() != null && r.costCenter().length() > ProductRequests.MAX_COST_CENTER) {
            out.add(new RequestViolation("costCenter", "MAX_LENGTH",
                    "must be at most " + ProductRequests.MAX_COST_CENTER + " characters"));
        }
        List<ParameterViolation> parameterViolations = new ArrayList<>(new ParameterValidator()
                .validate(product.parameters(), r.parameters()).violations());
        parameterViolations.addAll(sandboxIds.check(product.parameters(), r.parameters(), r.accountId(),
                parameterViolations.stream().map(ParameterViolation::field).collect(Collectors.toSet())));
        for (ParameterViolation v : parameterViolations) {
            out.add(new RequestViolation(RequestViolation.PARAMETER_PREFIX + v.field(), v.rule().name(),
                    v.message()));
        }
        out.addAll(RequestTags.check(product.tagOptions(), r.tags()));
        out.addAll(ParameterLengths.check(product.parameters(), r.parameters()));
        boolean hasSecret = product.parameters().stream().anyMatch(p -> p.noEcho()
                && r.parameters().get(p.key()) != null && !r.parameters().get(p.key()).isEmpty());
        if (hasSecret && !secrets.configured()) {
            out.add(new RequestViolation("parameters", "SECRETS_UNAVAILABLE", "secret parameters cannot be "
                    + "accepted: the portal has no secret key configured (portal.secrets.keys); ask a platform admin"));
        }
        return out;
    }

    /**
     * The rule violations of NoEcho values entered again for a retry ({@code wiped}: the keys that were forgotten),
     * each checked with its parameter's rules; and that they can be kept at all.
     */
    List<RequestViolation> reentered(ProductDetail product, List<String> wiped, Map<String, String> given) {
        List<RequestViolation> violations = new ArrayList<>();
        for (ParameterDescriptor p : product.parameters()) {
            if (!wiped.contains(p.key())) {
                continue;
            }
            String value = given.get(p.key());
            if (value == null || value.isEmpty()) {
                violations.add(new RequestViolation(RequestViolation.PARAMETER_PREFIX + p.key(), "REQUIRED",
                        "was forgotten after the failure; enter it again"));
                continue;
            }
            Optional.ofNullable(ParameterLengths.ofValue(p, value)).ifPresent(violations::add);
            new ParameterValidator().validate(List.of(p), Map.of(p.key(), value)).violations().forEach(v ->
                    violations.add(new RequestViolation(RequestViolation.PARAMETER_PREFIX + v.field(),
                            v.rule().name(), v.message())));
        }
        if (violations.isEmpty() && !secrets.configured()) {
            violations.add(new RequestViolation("parameters", "SECRETS_UNAVAILABLE", "secret parameters "
                    + "cannot be accepted: the portal has no secret key configured (portal.secrets.keys)"));
        }
        return violations;
    }
}
