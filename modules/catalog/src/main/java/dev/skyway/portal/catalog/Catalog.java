package dev.skyway.portal.catalog;

import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.catalog.internal.CatalogSync;
import dev.skyway.portal.catalog.internal.CostEstimator;
import dev.skyway.portal.catalog.internal.CostModel;
import dev.skyway.portal.catalog.internal.CostModels;
import dev.skyway.portal.catalog.internal.ProductRow;
import dev.skyway.portal.catalog.internal.Products;
import dev.skyway.portal.platform.audit.AuditActor;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.platform.jobs.SyncRunner;
import dev.skyway.portal.platform.jobs.SyncStatus;
import dev.skyway.portal.platform.money.Money;

/**
 * The service catalog's facade: browse products, read a version's parameters, check request values, estimate the
 * monthly cost, and run or watch the sync.
 *
 * <p>Reading is for {@code ENGINEER}, {@code APPROVER} and {@code PLATFORM_ADMIN}, and for system work (event
 * listeners, scheduled jobs: no authenticated user); syncing on demand and editing cost models is for
 * {@code PLATFORM_ADMIN}. Others get {@link AccessDeniedException}.
 */
@Service
public class Catalog {

    private final Products products;
    private final CostModels costModels;
    private final CatalogSync sync;
    private final SyncRunner syncs;
    private final CurrentUser currentUser;
    private final AuditLedger audit;
    private final ApplicationEventPublisher events;
    private final ParameterValidator validator = new ParameterValidator();
    private final ProductAssembler assembler;

    Catalog(Products products, CostModels costModels, CatalogSync sync, SyncRunner syncs, CurrentUser currentUser,
            AuditLedger audit, ApplicationEventPublisher events) {
        this.products = products;
        this.costModels = costModels;
        this.sync = sync;
        this.syncs = syncs;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.assembler = new ProductAssembler(products);
    }

    /** Products matching every filter of {@code query}, by name. */
    @Transactional(readOnly = true)
    public List<ProductSummary> search(ProductQuery query) {
        requireReader();
        return assembler.summaries(products.search(query), costModels.all());
    }

    /** All portfolios, by name. */
    @Transactional(readOnly = true)
    public List<Portfolio> portfolios() {
        requireReader();
        return products.portfolios();
    }

    /** Every product tag as {@code key=value}, for the tag filter. */
    @Transactional(readOnly = true)
    public List<String> tags() {
        requireReader();
        return products.tags();
    }

    /**
     * A product with the parameters of one version.
     *
     * @param versionId null for the newest version that is not deprecated (the newest of all when every one is)
     * @throws ProductNotFoundException for an unknown product, an unknown version, or a product without versions
     */
    @Transactional(readOnly = true)
    public ProductDetail product(String productId, String versionId) {
        requireReader();
        ProductRow row = products.find(productId).orElseThrow(() -> notFound(productId));
        return assembler.detail(row, versionId, costModels.find(productId));
    }

    /**
     * Checks request values against a version's parameters (null version = as in {@link #product}). Deprecated
     * versions are refused by the request flow, not here: this only judges the values.
     *
     * @throws ProductNotFoundException as {@link #product}
     */
    @Transactional(readOnly = true)
    public ParameterValidation validate(String productId, String versionId, Map<String, String> values) {
        return validator.validate(product(productId, versionId).parameters(), values);
    }

    /**
     * The monthly cost of the product's default version with these values (missing ones take their defaults).
     *
     * @return empty when nobody has given the product a cost model
     * @throws ProductNotFoundException for an unknown product
     */
    @Transactional(readOnly = true)
    public Optional<Money> estimateMonthlyCost(String productId, Map<String, String> parameters) {
        return estimateMonthlyCost(productId, null, parameters);
    }

    /**
     * The monthly cost of one version of the product with these values: missing ones take that version's defaults
     * (a request that pins an older version is priced with what that version would provision, not the newest's).
     *
     * @param versionId null for the default version (as {@link #product})
     * @return empty when nobody has given the product a cost model
     * @throws ProductNotFoundException for an unknown product or version
     */
    @Transactional(readOnly = true)
    public Optional<Money> estimateMonthlyCost(String productId, String versionId, Map<String, String> parameters) {
        ProductDetail product = product(productId, versionId);
        return costModels.find(productId).map(model -> CostEstimator.estimate(model, parameters, product.defaults()));
    }

    /** The sync's state, last run and last error. */
    @Transactional(readOnly = true)
    public SyncStatus syncStatus() {
        requireReader();
        return syncs.status(CatalogSync.NAME);
    }

    /**
     * Starts a sync in the background (PLATFORM_ADMIN), recorded in the audit ledger.
     *
     * @param whenDone called on the background thread when the sync ended; may be null
     * @return true when a sync was started, false when one is already running in this process
     */
    public boolean requestSync(Runnable whenDone) {
        PortalUser user = requireAdmin();
        boolean started = syncs.start(sync, whenDone);
        audit.append(AuditRecord.of("catalog.sync-requested", "catalog", "catalog",
                Map.of("started", started, "by", user.username())));
        return started;
    }

    /** Runs a sync on the calling thread and returns its outcome (PLATFORM_ADMIN; never from a UI thread). */
    public SyncStatus syncNow() {
        requireAdmin();
        audit.append(AuditRecord.of("catalog.sync-requested", "catalog", "catalog", Map.of("started", true)));
        return syncs.run(sync);
    }

    /** Whether this process runs a sync started by {@link #requestSync}. */
    public boolean syncRunning() {
        return syncs.running(CatalogSync.NAME);
    }

    /** Every product with its cost model's base price and rate count (or "no model"), by name. */
    @Transactional(readOnly = true)
    public List<CostModelSummary> costModelOverview() {
        requireReader();
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
        requireReader();
        products.find(productId).orElseThrow(() -> notFound(productId));
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
        ProductDetail current = product(productId, null);
        Map<String, ParameterDescriptor> merged = new java.util.LinkedHashMap<>();
        current.parameters().forEach(p -> merged.put(p.key(), p));
        for (ProductVersion version : current.versions()) {
            if (version.id().equals(current.version().id())) {
                continue;
            }
            for (ParameterDescriptor p : product(productId, version.id()).parameters()) {
                ParameterDescriptor known = merged.putIfAbsent(p.key(), p);
                if (known != null && !known.allowedValues().isEmpty()) {
                    java.util.Set<String> values = new java.util.LinkedHashSet<>(known.allowedValues());
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
        ProductDetail product = product(productId, null);
        if (!checkCostModel(productId, spec).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(estimate(CostModelRules.toModel(productId, spec), product.defaults()));
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
        PortalUser user = requireAdmin();
        List<CostModelViolation> violations = checkCostModel(productId, spec);
        if (!violations.isEmpty()) {
            throw new CostModelValidationException(violations);
        }
        String before = costModels.find(productId).map(m -> CostModelRules.describe(CostModelRules.toSpec(m)))
                .orElse(null);
        costModels.save(CostModelRules.toModel(productId, spec));
        CostModelSpec saved = costModels.find(productId).map(CostModelRules::toSpec).orElseThrow();
        events.publishEvent(new CostModelSaved(java.util.UUID.randomUUID().toString(), productId, before,
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
        PortalUser user = requireAdmin();
        products.find(productId).orElseThrow(() -> notFound(productId));
        Optional<CostModel> existing = costModels.find(productId);
        if (existing.isEmpty()) {
            return false;
        }
        costModels.delete(productId);
        events.publishEvent(new CostModelSaved(java.util.UUID.randomUUID().toString(), productId,
                CostModelRules.describe(CostModelRules.toSpec(existing.get())), null, AuditActor.of(user)));
        return true;
    }

    private void requireReader() {
        PortalUser user = currentUser.getOrSystem();
        if (!user.isSystem() && !user.hasAnyRole(Role.ENGINEER, Role.APPROVER, Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("The catalog is for engineers, approvers and platform admins");
        }
    }

    private PortalUser requireAdmin() {
        PortalUser user = currentUser.get();
        if (!user.hasRole(Role.PLATFORM_ADMIN)) {
            throw new AccessDeniedException("Only platform admins sync the catalog and edit cost models");
        }
        return user;
    }

    static ProductNotFoundException notFound(String productId) {
        return new ProductNotFoundException(productId, "No product " + productId + " in the catalog");
    }

    static Money estimate(CostModel model, Map<String, String> defaults) {
        return CostEstimator.estimate(model, Map.of(), defaults);
    }
}
