package dev.skyway.portal.catalog.internal.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.skyway.portal.catalog.Portfolio;
import dev.skyway.portal.catalog.internal.CatalogSnapshot;
import dev.skyway.portal.catalog.internal.ProductCatalogSource;
import dev.skyway.portal.catalog.internal.TemplateParser;
import dev.skyway.schema.catalog.tables.records.SandboxArtifactRecord;
import dev.skyway.schema.catalog.tables.records.SandboxProductRecord;

/**
 * The catalog as the sandbox account holds it. Like the AWS adapter, it reads each version's template and parses its
 * parameters, so both sources produce parameters the same way; launch paths are one per portfolio, as Service
 * Catalog creates them for a product in portfolios without constraints.
 */
public class SandboxCatalogSource implements ProductCatalogSource {

    public static final String NAME = "sandbox";

    private final SandboxAccount account;
    private final TemplateParser parser;

    public SandboxCatalogSource(SandboxAccount account, TemplateParser parser) {
        this.account = account;
        this.parser = parser;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CatalogSnapshot fetch() {
        account.seedIfEmpty();
        List<Portfolio> portfolios = account.portfolios();
        Map<String, String> portfolioNames = new LinkedHashMap<>();
        portfolios.forEach(p -> portfolioNames.put(p.id(), p.name()));
        List<CatalogSnapshot.Product> products = new ArrayList<>();
        for (SandboxProductRecord p : account.products()) {
            List<String> portfolioIds = List.of(p.getPortfolios().split(","));
            Map<String, String> launchPaths = new LinkedHashMap<>();
            portfolioIds.stream().filter(portfolioNames::containsKey).forEach(id ->
                    launchPaths.put("lpv3-" + id.substring(id.indexOf('-') + 1), portfolioNames.get(id)));
            products.add(new CatalogSnapshot.Product(p.getId(), p.getName(), p.getDescription(), p.getOwner(),
                    p.getSupportUrl(), portfolioIds, SandboxAccount.pairs(p.getTags()),
                    SandboxAccount.multiPairs(p.getTagOptions()), launchPaths, versions(p.getId())));
        }
        return new CatalogSnapshot(portfolios, products);
    }

    private List<CatalogSnapshot.Version> versions(String productId) {
        List<CatalogSnapshot.Version> versions = new ArrayList<>();
        for (SandboxArtifactRecord a : account.artifacts(productId)) {
            versions.add(new CatalogSnapshot.Version(a.getId(), a.getName(), a.getDescription(), a.getActive(),
                    a.getGuidance(), a.getCreatedAt().toInstant(), parser.parameters(a.getTemplate())));
        }
        return versions;
    }
}
