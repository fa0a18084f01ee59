package dev.skyway.portal.catalog.internal;

import org.springframework.stereotype.Component;

import dev.skyway.portal.platform.jobs.SyncJob;
import dev.skyway.portal.platform.jobs.SyncRunner;

/**
 * The catalog sync, run by the platform's {@link SyncRunner}: reads the whole catalog from the
 * {@link ProductCatalogSource} and replaces the stored one (in the runner's transaction, so a failed sync leaves the
 * previous catalog in place).
 */
@Component
public class CatalogSync implements SyncJob<CatalogSnapshot> {

    /** The sync's name: the key of its status. */
    public static final String NAME = "catalog";

    private final ProductCatalogSource source;
    private final CatalogWriter writer;

    CatalogSync(ProductCatalogSource source, CatalogWriter writer) {
        this.source = source;
        this.writer = writer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return source.name();
    }

    @Override
    public CatalogSnapshot fetch() {
        return source.fetch();
    }

    @Override
    public SyncOutcome store(CatalogSnapshot snapshot) {
        int products = writer.replace(snapshot);
        return new SyncOutcome(products, products + " products in " + snapshot.portfolios().size() + " portfolios");
    }

    @Override
    public SyncFailure explain(RuntimeException e) {
        return switch (e) {
            case CatalogSourceException source -> new SyncFailure(source.getMessage(), source.awsRequestId());
            case TemplateException template -> new SyncFailure(template.getMessage(), null);
            default -> null;
        };
    }
}
