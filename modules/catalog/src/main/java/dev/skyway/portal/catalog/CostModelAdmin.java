package dev.skyway.portal.catalog;

import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.catalog.internal.CostModel;
import dev.skyway.portal.catalog.internal.CostModels;
import dev.skyway.portal.catalog.internal.Products;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.money.Money;

/**
 * The administration of the products' monthly cost models (what requesters and approvers see as the estimate, and
 * what approval policies route on): list them, read one, check or preview a draft against the product's parameters,
 * save or remove one. Every change is audited through {@link CostModelSaved}. Estimating a request's cost is
 * {@link Catalog#estimateMonthlyCost}'s.
 *
 * <p>Reading is for {@code ENGINEER}, {@code APPROVER} and {@code PLATFORM_ADMIN}, and for system work; checking,
 * previewing and changing models is for {@code PLATFORM_ADMIN}. Others get {@link AccessDeniedException}.
 */
@Service
public class CostModelAdmin {

    private final Catalog catalog;
    private final Products products;
    private final CostModels costModels;
    private final CatalogAccess access;
    private final ApplicationEventPublisher events;
    private final ProductAssembler assembler;

    CostModelAdmin(Catalog catalog, Products products, CostModels costModels, CurrentUser currentUser,
                   ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.products = products;
        this.costModels = costModels;
        this.access = new CatalogAccess(currentUser);
        this.events = events;
        this.assembler = new ProductAssembler(products);
    }

    /** Every product with its cost model's base price and rate count (or "no model"), by name. */
    @Transactional(readOnly = true)
    public List<CostModelSummary> costModelOverview() {
        access.requireReader();
        Map<String, CostModel> models = costModels.all();
        return assembler.summaries(products.search(ProductQuery.all()), models).stream().map(p -> {
            CostModel model = models.get(p.id());
            return new CostModelSummary(p.id(), p.name(), p.owner(), model == null ? null
                    : new Money(model.baseMonthly(), model.currency()).rounded(RoundingMode.HALF_UP),
                    model == null ? 0 : model.rates().size(), p.estimatedMonthlyCost());
        }).toList();
    }

    /**
     * A product's cost model.
     *
     * @return empty when the product has none
     * @throws ProductNotFoundException for an unknown product
     */
    @Transactional(readOnly = true)
    public Optional<CostModelSpec> costModel(String productId) {
        access.requireReader();
        products.find(productId).orElseThrow(() -> Catalog.notFound(productId));
        return costModels.find(productId).map(CostModelRules::toSpec);
    }

    /**
     * The violations of a cost model against the product's default version's parameters, storing nothing.
     *
     * @throws ProductNotFoundException for an unknown product
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public List<CostModelViolation> checkCostModel(String productId, CostModelSpec spec) {
        return CostModelRules.check(spec, parametersOfAllVersions(productId));
    }

    /**
     * Every parameter any version of the product has (a model prices requests for older versions too): the newest
     * version's descriptor per key, with the allowed values of all versions.
     *
     * @throws ProductNotFoundException for an unknown product
     */
    @Transactional(readOnly = true)
    public List<ParameterDescriptor> parametersOfAllVersions(String productId) {
        ProductDetail current = catalog.product(productId, null);
        Map<String, ParameterDescriptor> merged = new LinkedHashMap<>();
        current.parameters().forEach(p -> merged.put(p.key(), p));
        for (ProductVersion version : current.versions()) {
            if (version.id().equals(current.version().id())) {
                continue;
            }
            for (ParameterDescriptor p : catalog.product(productId, version.id()).parameters()) {
                ParameterDescriptor known = merged.putIfAbsent(p.key(), p);
                if (known != null && !known.allowedValues().isEmpty()) {
                    Set<String> values = new LinkedHashSet<>(known.allowedValues());
                    values.addAll(p.allowedValues());
                    merged.put(p.key(), new ParameterDescriptor(known.key(), known.label(), known.group(),
                            known.description(), known.type(), known.defaultValue(), p.allowedValues().isEmpty()
                            ? List.of() : List.copyOf(values), known.allowedPattern(),
                            known.constraintDescription(), known.minLength(), known.maxLength(), known.minValue(),
                            known.maxValue(), known.noEcho()));
                }
            }
        }
        return List.copyOf(merged.values());
    }

    /**
     * What the model would estimate for the product's default values (the editor's live preview), storing nothing.
     *
     * @return empty while the model breaks a rule
     * @throws ProductNotFoundException for an unknown product
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public Optional<Money> previewCostModel(String productId, CostModelSpec spec) {
        ProductDetail product = catalog.product(productId, null);
        if (!checkCostModel(productId, spec).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Catalog.estimate(CostModelRules.toModel(productId, spec), product.defaults()));
    }

    /**
     * Creates or replaces a product's cost model (PLATFORM_ADMIN), recorded in the audit ledger with before and after.
     *
     * @return the model as stored
     * @throws CostModelValidationException when a field breaks a rule (nothing stored)
     * @throws ProductNotFoundException     for an unknown product
     */
    @Transactional
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public CostModelSpec saveCostModel(String productId, CostModelSpec spec) {
        PortalUser user = access.requireAdmin();
        List<CostModelViolation> violations = checkCostModel(productId, spec);
        if (!violations.isEmpty()) {
            throw new CostModelValidationException(violations);
        }
        String before = costModels.find(productId).map(m -> CostModelRules.describe(CostModelRules.toSpec(m)))
                .orElse(null);
        costModels.save(CostModelRules.toModel(productId, spec));
        CostModelSpec saved = costModels.find(productId).map(CostModelRules::toSpec).orElseThrow();
        events.publishEvent(new CostModelSaved(UUID.randomUUID().toString(), productId, before,
                CostModelRules.describe(saved), AuditActor.of(user)));
        return saved;
    }

    /**
     * Removes a product's cost model (PLATFORM_ADMIN): its estimates become "unknown" (approval policies treat an
     * unknown cost as expensive). Audited.
     *
     * @return false when the product had no model
     * @throws ProductNotFoundException for an unknown product
     */
    @Transactional
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public boolean removeCostModel(String productId) {
        PortalUser user = access.requireAdmin();
        products.find(productId).orElseThrow(() -> Catalog.notFound(productId));
        Optional<CostModel> existing = costModels.find(productId);
        if (existing.isEmpty()) {
            return false;
        }
        costModels.delete(productId);
        events.publishEvent(new CostModelSaved(UUID.randomUUID().toString(), productId,
                CostModelRules.describe(CostModelRules.toSpec(existing.get())), null, AuditActor.of(user)));
        return true;
    }
}
