package dev.skyway.portal.catalog.internal.aws;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.skyway.portal.catalog.Portfolio;
import dev.skyway.portal.catalog.internal.CatalogSnapshot;
import dev.skyway.portal.catalog.internal.CatalogSourceException;
import dev.skyway.portal.catalog.internal.ProductCatalogSource;
import dev.skyway.portal.catalog.internal.TemplateParser;
import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsPages;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;
import software.amazon.awssdk.services.servicecatalog.model.DescribeProductAsAdminResponse;
import software.amazon.awssdk.services.servicecatalog.model.DescribeProvisioningArtifactResponse;
import software.amazon.awssdk.services.servicecatalog.model.ListLaunchPathsResponse;
import software.amazon.awssdk.services.servicecatalog.model.ListPortfoliosForProductResponse;
import software.amazon.awssdk.services.servicecatalog.model.ListPortfoliosResponse;
import software.amazon.awssdk.services.servicecatalog.model.PortfolioDetail;
import software.amazon.awssdk.services.servicecatalog.model.ProductViewSummary;
import software.amazon.awssdk.services.servicecatalog.model.ProvisioningArtifactDetail;
import software.amazon.awssdk.services.servicecatalog.model.ProvisioningArtifactGuidance;
import software.amazon.awssdk.services.servicecatalog.model.ProvisioningArtifactSummary;
import software.amazon.awssdk.services.servicecatalog.model.SearchProductsAsAdminResponse;
import software.amazon.awssdk.services.servicecatalog.model.TagOptionDetail;

/**
 * The catalog from the AWS Service Catalog API (admin view of the account the portal's role is in): every product
 * ({@code SearchProductsAsAdmin}), its portfolios ({@code ListPortfoliosForProduct}), tags, TagOptions and versions
 * ({@code DescribeProductAsAdmin}), its launch paths ({@code ListLaunchPaths}) and, per version,
 * {@code DescribeProvisioningArtifact} with {@code Verbose} for the active flag, guidance and template URL. Parameters,
 * their groups and labels come from the template itself (the API does not return groups and labels). Every list is
 * followed through its {@code PageToken}s (the SDK's paginators); throttling is retried by the client's standard
 * retry strategy; errors become {@link CatalogSourceException}s in the platform's words ({@link AwsCall}) with AWS's
 * request id.
 */
public class AwsCatalogSource implements ProductCatalogSource, AutoCloseable {

    public static final String NAME = "aws";
    static final String TEMPLATE_URL = "TemplateUrl";

    private final ServiceCatalogClient client;
    private final TemplateFetcher templates;
    private final TemplateParser parser;

    public AwsCatalogSource(ServiceCatalogClient client, TemplateFetcher templates, TemplateParser parser) {
        this.client = client;
        this.templates = templates;
        this.parser = parser;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CatalogSnapshot fetch() {
        Map<String, Portfolio> portfolios = new LinkedHashMap<>();
        read("the portfolio list", () -> AwsPages.items(client.listPortfoliosPaginator(r -> r.pageSize(20)),
                ListPortfoliosResponse::portfolioDetails)).forEach(p -> portfolios.put(p.id(), portfolio(p)));
        List<ProductViewSummary> summaries = read("the product list", () -> AwsPages.items(
                client.searchProductsAsAdminPaginator(r -> r.pageSize(100)),
                SearchProductsAsAdminResponse::productViewDetails))
                .stream().map(d -> d.productViewSummary()).toList();
        List<CatalogSnapshot.Product> products = new ArrayList<>();
        for (ProductViewSummary summary : summaries) {
            products.add(product(summary, portfolios));
        }
        return new CatalogSnapshot(List.copyOf(portfolios.values()), products);
    }

    /** Portfolios shared into the account (not in ListPortfolios) are added to {@code portfolios} as found. */
    private CatalogSnapshot.Product product(ProductViewSummary summary, Map<String, Portfolio> portfolios) {
        String id = summary.productId();
        String what = "product " + id;
        DescribeProductAsAdminResponse described = read(what, () -> client.describeProductAsAdmin(r -> r.id(id)));
        List<String> portfolioIds = read("the portfolios of " + what, () -> AwsPages.items(
                client.listPortfoliosForProductPaginator(r -> r.productId(id).pageSize(20)),
                ListPortfoliosForProductResponse::portfolioDetails)).stream()
                .peek(p -> portfolios.putIfAbsent(p.id(), portfolio(p))).map(PortfolioDetail::id).toList();
        Map<String, String> launchPaths = new LinkedHashMap<>();
        read("the launch paths of " + what, () -> AwsPages.items(
                client.listLaunchPathsPaginator(r -> r.productId(id).pageSize(20)),
                ListLaunchPathsResponse::launchPathSummaries))
                .forEach(path -> launchPaths.put(path.id(), path.name()));
        Map<String, String> tags = new LinkedHashMap<>();
        described.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
        Map<String, List<String>> tagOptions = new LinkedHashMap<>();
        for (TagOptionDetail option : described.tagOptions()) {
            if (!Boolean.FALSE.equals(option.active())) {
                tagOptions.computeIfAbsent(option.key(), k -> new ArrayList<>()).add(option.value());
            }
        }
        List<CatalogSnapshot.Version> versions = new ArrayList<>();
        for (ProvisioningArtifactSummary artifact : described.provisioningArtifactSummaries()) {
            versions.add(version(id, artifact));
        }
        return new CatalogSnapshot.Product(id, summary.name(), summary.shortDescription(), summary.owner(),
                summary.supportUrl(), portfolioIds, tags, tagOptions, launchPaths, versions);
    }

    private CatalogSnapshot.Version version(String productId, ProvisioningArtifactSummary artifact) {
        String what = "version " + artifact.id() + " of product " + productId;
        DescribeProvisioningArtifactResponse described = read(what, () -> client.describeProvisioningArtifact(
                r -> r.productId(productId).provisioningArtifactId(artifact.id()).verbose(true)));
        ProvisioningArtifactDetail detail = described.provisioningArtifactDetail();
        String url = described.info().get(TEMPLATE_URL);
        if (url == null) {
            throw new CatalogSourceException("Service Catalog gave no template URL for " + what, null, null);
        }
        boolean deprecated = detail.guidance() == ProvisioningArtifactGuidance.DEPRECATED;
        Instant created = detail.createdTime() != null ? detail.createdTime() : artifact.createdTime();
        return new CatalogSnapshot.Version(artifact.id(), detail.name() != null ? detail.name() : artifact.name(),
                detail.description() != null ? detail.description() : artifact.description(),
                !Boolean.FALSE.equals(detail.active()),
                deprecated ? CatalogSnapshot.Version.DEPRECATED : CatalogSnapshot.Version.DEFAULT,
                created == null ? Instant.EPOCH : created, parser.parameters(templates.fetch(URI.create(url))));
    }

    private static Portfolio portfolio(PortfolioDetail p) {
        return new Portfolio(p.id(), p.displayName(), p.description(), p.providerName());
    }

    /** One call (or listing) that reads {@code what}; a failure becomes a {@link CatalogSourceException}. */
    private static <T> T read(String what, Supplier<T> call) {
        return AwsCall.to("Service Catalog", "read " + what).withRetryNote("the next sync will try again")
                .run(call, f -> new CatalogSourceException(f.message(), f.requestId(), f.exception()));
    }

    @Override
    public void close() {
        client.close();
    }
}
