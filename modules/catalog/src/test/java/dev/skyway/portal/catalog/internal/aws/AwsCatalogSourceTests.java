package dev.skyway.portal.catalog.internal.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.internal.CatalogSnapshot;
import dev.skyway.portal.catalog.internal.CatalogSourceException;
import dev.skyway.portal.catalog.internal.TemplateParser;
import dev.skyway.portal.platform.aws.AwsClientFactory;
import dev.skyway.portal.platform.aws.AwsMode;
import dev.skyway.portal.platform.aws.AwsProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;

/**
 * A real Service Catalog client from the platform's factory, speaking the JSON protocol to WireMock on loopback:
 * paging, versions with their active flag and guidance, templates fetched from their URL, errors and throttling.
 */
class AwsCatalogSourceTests {

    static final String TARGET = "AWS242ServiceCatalogService.";
    static final String JSON = "application/x-amz-json-1.1";

    @RegisterExtension
    static final WireMockExtension aws = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
            .build();

    AwsClientFactory factory;
    AwsCatalogSource source;

    @BeforeEach
    void source() {
        AwsProperties properties = new AwsProperties(AwsMode.AWS, "eu-central-1", null, null, null,
                URI.create(aws.baseUrl()), Duration.ofSeconds(20), Duration.ofSeconds(5), 3);
        factory = new AwsClientFactory(properties,
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
        source = new AwsCatalogSource(factory.create(ServiceCatalogClient.builder()),
                new TemplateFetcher(Duration.ofSeconds(5), 100_000), new TemplateParser());
    }

    @AfterEach
    void close() {
        source.close();
        factory.close();
    }

    static MappingBuilder operation(String name) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + name));
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON)
                .withHeader("x-amzn-RequestId", "req-ok").withBody(body);
    }

    static ResponseDefinitionBuilder error(String type, String message, String requestId) {
        return aResponse().withStatus(400).withHeader("Content-Type", JSON).withHeader("x-amzn-RequestId", requestId)
                .withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
    }

    static final String TEMPLATE = """
            Metadata:
              AWS::CloudFormation::Interface:
                ParameterGroups:
                  - Label: {default: Database}
                    Parameters: [MasterPassword, DBName]
                ParameterLabels:
                  MasterPassword: {default: Master password}
            Parameters:
              DBName: {Type: String, Default: app, AllowedPattern: "[a-z]+"}
              MasterPassword: {Type: String, NoEcho: true, MinLength: 12}
              Extra: {Type: Number, Default: 1, MinValue: 1}
            Resources:
              Db:
                Type: AWS::RDS::DBInstance
                Properties:
                  DBName: !Ref DBName
                  MasterUserPassword: !Ref MasterPassword
            """;

    void stubCatalog() {
        aws.stubFor(operation("ListPortfolios").willReturn(ok("""
                {"PortfolioDetails":[{"Id":"port-data","DisplayName":"Data","Description":"Databases",
                  "ProviderName":"Platform","CreatedTime":1.7E9}]}""")));
        aws.stubFor(operation("SearchProductsAsAdmin").withRequestBody(matchingJsonPath("$[?(!@.PageToken)]"))
                .willReturn(ok(product("prod-a", "Database A") + ",\"NextPageToken\":\"page-2\"}")));
        aws.stubFor(operation("SearchProductsAsAdmin").withRequestBody(matchingJsonPath("$.PageToken",
                equalTo("page-2"))).willReturn(ok(product("prod-b", "Database B") + "}")));
        for (String id : List.of("prod-a", "prod-b")) {
            aws.stubFor(operation("DescribeProductAsAdmin").withRequestBody(equalToJson("{\"Id\":\"" + id + "\"}"))
                    .willReturn(ok("""
                            {"ProvisioningArtifactSummaries":[
                               {"Id":"pa-%1$s-1","Name":"1.0","CreatedTime":1.6E9},
                               {"Id":"pa-%1$s-2","Name":"2.0","CreatedTime":1.7E9}],
                             "Tags":[{"Key":"category","Value":"database"}],
                             "TagOptions":[{"Key":"cost-center","Value":"CC-1","Active":true,"Id":"t1"},
                                           {"Key":"cost-center","Value":"CC-old","Active":false,"Id":"t2"}]}"""
                            .formatted(id))));
            aws.stubFor(operation("ListPortfoliosForProduct").withRequestBody(containing(id))
                    .willReturn(ok("{\"PortfolioDetails\":[{\"Id\":\"port-data\",\"DisplayName\":\"Data\"}"
                            + (id.equals("prod-b") ? ",{\"Id\":\"port-shared\",\"DisplayName\":\"Shared\"}" : "")
                            + "]}")));
            aws.stubFor(operation("ListLaunchPaths").withRequestBody(containing(id))
                    .willReturn(ok("{\"LaunchPathSummaries\":[{\"Id\":\"lpv3-" + id + "\",\"Name\":\"Data\"}]}")));
            artifact(id, "pa-" + id + "-1", false, "DEFAULT");
            artifact(id, "pa-" + id + "-2", true, id.equals("prod-b") ? "DEPRECATED" : "DEFAULT");
        }
        aws.stubFor(get(urlEqualTo("/templates/db.yaml?X-Amz-Signature=secret-signature"))
                .willReturn(aResponse().withStatus(200).withBody(TEMPLATE)));
    }

    static String product(String id, String name) {
        return """
                {"ProductViewDetails":[{"ProductViewSummary":{"Id":"prodview-%1$s","ProductId":"%1$s","Name":"%2$s",
                  "Owner":"Data team","ShortDescription":"A database","SupportUrl":"https://wiki/%1$s",
                  "Type":"CLOUD_FORMATION_TEMPLATE"},"Status":"AVAILABLE"}]""".formatted(id, name);
    }

    void artifact(String productId, String artifactId, boolean active, String guidance) {
        aws.stubFor(operation("DescribeProvisioningArtifact").withRequestBody(equalToJson("""
                {"ProductId":"%s","ProvisioningArtifactId":"%s","Verbose":true}""".formatted(productId, artifactId)))
                .willReturn(ok("""
                        {"ProvisioningArtifactDetail":{"Id":"%s","Name":"n","Type":"CLOUD_FORMATION_TEMPLATE",
                          "CreatedTime":1.7E9,"Active":%s,"Guidance":"%s"},
                         "Info":{"TemplateUrl":"%s/templates/db.yaml?X-Amz-Signature=secret-signature"},
                         "Status":"AVAILABLE"}""".formatted(artifactId, active, guidance, aws.baseUrl()))));
    }

    @Test
    void readsEveryPageOfProductsWithPortfoliosVersionsAndTemplateParameters() {
        stubCatalog();

        CatalogSnapshot snapshot = source.fetch();

        assertThat(snapshot.portfolios()).extracting(p -> p.name()).as("shared-in portfolios are found per product")
                .containsExactly("Data", "Shared");
        assertThat(snapshot.products()).extracting(CatalogSnapshot.Product::id).containsExactly("prod-a", "prod-b");
        CatalogSnapshot.Product b = snapshot.products().get(1);
        assertThat(b.portfolioIds()).containsExactly("port-data", "port-shared");
        assertThat(b.tags()).isEqualTo(Map.of("category", "database"));
        assertThat(b.tagOptions()).isEqualTo(Map.of("cost-center", List.of("CC-1")));
        assertThat(b.launchPaths()).containsOnlyKeys("lpv3-prod-b");
        assertThat(b.versions()).extracting(CatalogSnapshot.Version::deprecated)
                .as("1: inactive, 2: guidance DEPRECATED").containsExactly(true, true);
        assertThat(snapshot.products().getFirst().versions()).extracting(CatalogSnapshot.Version::deprecated)
                .containsExactly(true, false);
        List<ParameterDescriptor> parameters = b.versions().getFirst().parameters();
        assertThat(parameters).extracting(ParameterDescriptor::key, ParameterDescriptor::group)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MasterPassword", "Database"),
                        org.assertj.core.groups.Tuple.tuple("DBName", "Database"),
                        org.assertj.core.groups.Tuple.tuple("Extra", null));
        assertThat(parameters.getFirst().label()).isEqualTo("Master password");
        assertThat(parameters.getFirst().noEcho()).isTrue();

        aws.verify(2, postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET + "SearchProductsAsAdmin"))
                .withHeader("Content-Type", containing(JSON))
                .withHeader("Authorization", containing("/eu-central-1/servicecatalog/aws4_request")));
        aws.verify(4, postRequestedFor(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET + "DescribeProvisioningArtifact"))
                .withRequestBody(matchingJsonPath("$.Verbose", equalTo("true"))));
    }

    @Test
    void unknownResourceIsTranslatedAndKeepsTheAwsRequestId() {
        stubCatalog();
        aws.stubFor(operation("DescribeProductAsAdmin").withRequestBody(containing("prod-b"))
                .willReturn(error("ResourceNotFoundException", "Product not found", "req-404")));

        assertThatThrownBy(source::fetch).isInstanceOfSatisfying(CatalogSourceException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Service Catalog does not know what the portal named when asked to"
                    + " read product prod-b (deleted, or not visible to the portal's role): Product not found");
            assertThat(e.awsRequestId()).isEqualTo("req-404");
        });
    }

    @Test
    void invalidParametersAreTranslatedWithAwsMessage() {
        aws.stubFor(operation("ListPortfolios")
                .willReturn(error("InvalidParametersException", "PageSize out of range", "req-400")));

        assertThatThrownBy(source::fetch).isInstanceOfSatisfying(CatalogSourceException.class, e -> {
            assertThat(e.getMessage()).isEqualTo("Service Catalog refused the request to read the portfolio list as"
                    + " invalid (InvalidParametersException): PageSize out of range");
            assertThat(e.awsRequestId()).isEqualTo("req-400");
        });
    }

    @Test
    void throttlingIsRetriedUntilItSucceeds() {
        stubCatalog();
        aws.stubFor(operation("ListPortfolios").inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(error("ThrottlingException", "Rate exceeded", "req-429")).willSetStateTo("recovered"));
        aws.stubFor(operation("ListPortfolios").inScenario("throttled").whenScenarioStateIs("recovered")
                .willReturn(ok("{\"PortfolioDetails\":[{\"Id\":\"port-data\",\"DisplayName\":\"Data\"}]}")));

        assertThat(source.fetch().products()).hasSize(2);
        aws.verify(2, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET + "ListPortfolios")));
    }

    @Test
    void throttlingThatOutlastsTheRetriesFailsInThePortalsWords() {
        aws.stubFor(operation("ListPortfolios").willReturn(error("ThrottlingException", "Rate exceeded", "req-t")));

        assertThatThrownBy(source::fetch).isInstanceOfSatisfying(CatalogSourceException.class, e -> {
            assertThat(e.getMessage()).startsWith("Service Catalog kept throttling the portal when asked to read the"
                    + " portfolio list");
            assertThat(e.awsRequestId()).isEqualTo("req-t");
        });
        aws.verify(3, postRequestedFor(urlEqualTo("/")));
    }

    @Test
    void aTemplateThatCannotBeFetchedFailsWithoutLeakingTheSignature() {
        stubCatalog();
        aws.stubFor(get(urlEqualTo("/templates/db.yaml?X-Amz-Signature=secret-signature"))
                .willReturn(aResponse().withStatus(403).withHeader("x-amz-request-id", "s3-req")));

        assertThatThrownBy(source::fetch).isInstanceOfSatisfying(CatalogSourceException.class, e -> {
            assertThat(e.getMessage()).contains("/templates/db.yaml", "HTTP 403").doesNotContain("secret-signature");
            assertThat(e.awsRequestId()).isEqualTo("s3-req");
        });
    }
}
