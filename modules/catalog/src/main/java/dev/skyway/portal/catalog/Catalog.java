package dev.skyway.portal.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.catalog.internal.CatalogSync;
import dev.skyway.portal.catalog.internal.CostEstimator;
import dev.skyway.portal.catalog.internal.CostModel;
import dev.skyway.portal.catalog.internal.CostModels;
import dev.skyway.portal.catalog.internal.ProductRow;
import dev.skyway.portal.catalog.internal.Products;
import dev.skyway.portal.platform.audit.AuditLedger;
import dev.skyway.portal.platform.audit.AuditRecord;
import dev.skyway.portal.platform.identity.CurrentUser;
import dev.skyway.portal.platform.identity.PortalUser;
import dev.skyway.portal.platform.jobs.SyncRunner;
import dev.skyway.portal.platform.jobs.SyncStatus;
import dev.skyway.portal.platform.money.Money;

/**
 * The service catalog's facade: browse products, read a version's parameters, check request values, estimate the
 * monthly cost, and run or watch the sync. Editing cost models is {@link CostModelAdmin}'s.
 *
 * <p>Reading is for {@code ENGINEER}, {@code APPROVER} and {@code PLATFORM_ADMIN}, and for system work (event
 * listeners, scheduled jobs: no authenticated user); syncing on demand is for {@code PLATFORM_ADMIN}. Others get
 * {@link AccessDeniedException}.
 */
@Service
public class Catalog {

    private final Products products;
    private final CostModels costModels;
    private final CatalogSync sync;
    private final SyncRunner syncs;
    private final CatalogAccess access;
    private final AuditLedger audit;
    private final ParameterValidator validator = new ParameterValidator();
    private final ProductAssembler assembler;

    Catalog(Products products, CostModels costModels, CatalogSync sync, SyncRunner syncs, CurrentUser currentUser,
            AuditLedger audit) {
        this.products = products;
        this.costModels = costModels;
        this.sync = sync;
        this.syncs = syncs;
        this.access = new CatalogAccess(currentUser);
        this.audit = audit;
        this.assembler = new ProductAssembler(products);
    }

    /** Products matching every filter of {@code query}, by name. */
    @Transactional(readOnly = true)
    public List<ProductSummary> search(ProductQuery query) {
        access.requireReader();
        return assembler.summaries(products.search(query), costModels.all());
    }

    /** All portfolios, by name. */
    @Transactional(readOnly = true)
    public List<Portfolio> portfolios() {
        access.requireReader();
        return products.portfolios();
    }

    /** Every product tag as {@code key=value}, for the tag filter. */
    @Transactional(readOnly = true)
    public List<String> tags() {
        access.requireReader();
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
        access.requireReader();
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
        access.requireReader();
        return syncs.status(CatalogSync.NAME);
    }

    /**
     * Starts a sync in the background (PLATFORM_ADMIN), recorded in the audit ledger.
     *
     * @param whenDone called on the background thread when the sync ended; may be null
     * @return true when a sync was started, false when one is already running in this process
     */
    public boolean requestSync(Runnable whenDone) {
        PortalUser user = access.requireAdmin();
        boolean started = syncs.start(sync, whenDone);
        audit.append(AuditRecord.of("catalog.sync-requested", "catalog", "catalog",
                Map.of("started", started, "by", user.username())));
        return started;
    }

    /** Runs a sync on the calling thread and returns its outcome (PLATFORM_ADMIN; never from a UI thread). */
    public SyncStatus syncNow() {
        access.requireAdmin();
        audit.append(AuditRecord.of("catalog.sync-requested", "catalog", "catalog", Map.of("started", true)));
        return syncs.run(sync);
    }

    /** Whether this process runs a sync started by {@link #requestSync}. */
    public boolean syncRunning() {
        return syncs.running(CatalogSync.NAME);
    }

    static ProductNotFoundException notFound(String productId) {
        return new ProductNotFoundException(productId, "No product " + productId + " in the catalog");
    }

    static Money estimate(CostModel model, Map<String, String> defaults) {
        return CostEstimator.estimate(model, Map.of(), defaults);
    }
}
