package dev.skyway.portal.app.api;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The OpenAPI document of the REST API at {@code /v3/api-docs} (springdoc; only {@code /api/**}, see
 * {@code springdoc.paths-to-match}). It describes, and holds no data, so it is readable without logging in. Two ways
 * to authenticate, one per security profile: HTTP Basic with the demo users (local) and a bearer JWT from the
 * organization's IdP (oidc).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    /**
     * The document's tags, named for what users do rather than for controller classes, in the order Swagger UI
     * lists them. Every operation carries one of them (the controllers' {@code @Tag}; OpenApiDocsTests checks).
     */
    static final List<Tag> TAGS = List.of(
            tag("Catalog", "The service catalog: products, versions and parameters, cost models, template checks"),
            tag("Requests", "Product requests (create, update, terminate) and the provisioned products they made"),
            tag("Approvals", "Approval tasks and decisions, delegations, and the approval routing policy"),
            tag("Accounts", "The AWS accounts and OUs of the organization, and requests for new accounts"),
            tag("Cost", "Cost imports (FOCUS), breakdowns, showback, forecasts, anomalies, budgets and savings"),
            tag("Compliance", "Findings, framework scores, waivers, attestations, drift and evidence packs"),
            tag("Incidents", "Incidents, their roles, tasks, timeline and postmortems; alerts, integrations, routing"),
            tag("Audit", "The tamper-evident audit ledger: entries and chain verification"),
            tag("Portal", "The signed-in user and their home page"));

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }

    @Bean
    OpenAPI portalOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null || properties.getVersion() == null ? "v1" : properties.getVersion();
        return new OpenAPI()
                .info(new Info().title("Skyway portal API").version(version)
                        .description("The internal developer portal's REST API: service catalog and cost models, "
                                + "product requests, approvals, accounts, cost, compliance, incidents and the audit "
                                + "ledger. Errors are RFC 9457 problem+json; authorization is checked per endpoint "
                                + "and per object."))
                .tags(TAGS)
                .components(new Components()
                        .addSchemas(ProblemResponseRules.SCHEMA, ProblemResponseRules.problemSchema())
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("Local profile: the documented demo users"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("oidc profile: an access token from the organization's IdP")))
                // either one (alternatives): which works depends on the profile the portal runs with
                .security(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
    }
}
