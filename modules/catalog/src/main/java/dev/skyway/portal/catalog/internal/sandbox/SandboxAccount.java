package dev.skyway.portal.catalog.internal.sandbox;

import static dev.skyway.schema.catalog.Tables.SANDBOX_ARTIFACT;
import static dev.skyway.schema.catalog.Tables.SANDBOX_PORTFOLIO;
import static dev.skyway.schema.catalog.Tables.SANDBOX_PRODUCT;

import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.catalog.Portfolio;
import dev.skyway.portal.catalog.internal.CostModels;
import dev.skyway.schema.catalog.tables.records.SandboxProductRecord;

/**
 * The simulated Service Catalog account's state ({@code catalog.sandbox_*}): seeded once from the manifest, then
 * changed only through this class, like an account is changed only through its API.
 */
@Repository
public class SandboxAccount {

    private final DSLContext db;
    private final CostModels costModels;

    SandboxAccount(DSLContext db, CostModels costModels) {
        this.db = db;
        this.costModels = costModels;
    }

    /** Seeds the account (and default cost models for products that have none) when it is empty. */
    @Transactional
    public void seedIfEmpty() {
        if (db.fetchExists(SANDBOX_PORTFOLIO)) {
            return;
        }
        SandboxManifest manifest = SandboxManifest.load();
        for (Portfolio p : manifest.portfolios) {
            db.insertInto(SANDBOX_PORTFOLIO).set(SANDBOX_PORTFOLIO.ID, p.id()).set(SANDBOX_PORTFOLIO.NAME, p.name())
                    .set(SANDBOX_PORTFOLIO.DESCRIPTION, p.description())
                    .set(SANDBOX_PORTFOLIO.PROVIDER, p.provider()).execute();
        }
        for (SandboxManifest.Product p : manifest.products) {
            db.insertInto(SANDBOX_PRODUCT).set(SANDBOX_PRODUCT.ID, p.id()).set(SANDBOX_PRODUCT.NAME, p.name())
                    .set(SANDBOX_PRODUCT.DESCRIPTION, p.description()).set(SANDBOX_PRODUCT.OWNER, p.owner())
                    .set(SANDBOX_PRODUCT.SUPPORT_URL, p.supportUrl())
                    .set(SANDBOX_PRODUCT.TAGS, lines(p.tags()))
                    .set(SANDBOX_PRODUCT.TAG_OPTIONS, p.tagOptions().entrySet().stream()
                            .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v))
                            .collect(Collectors.joining("\n")))
                    .set(SANDBOX_PRODUCT.PORTFOLIOS, String.join(",", p.portfolios())).execute();
            for (SandboxManifest.Artifact a : p.artifacts()) {
                db.insertInto(SANDBOX_ARTIFACT).set(SANDBOX_ARTIFACT.ID, a.id())
                        .set(SANDBOX_ARTIFACT.PRODUCT_ID, p.id()).set(SANDBOX_ARTIFACT.NAME, a.name())
                        .set(SANDBOX_ARTIFACT.DESCRIPTION, a.description()).set(SANDBOX_ARTIFACT.ACTIVE, a.active())
                        .set(SANDBOX_ARTIFACT.GUIDANCE, a.guidance())
                        .set(SANDBOX_ARTIFACT.CREATED_AT, a.createdAt().atOffset(ZoneOffset.UTC))
                        .set(SANDBOX_ARTIFACT.TEMPLATE, a.template()).execute();
            }
            if (p.cost() != null && !costModels.exists(p.id())) {
                costModels.save(p.cost());
            }
        }
    }

    public List<Portfolio> portfolios() {
        return db.selectFrom(SANDBOX_PORTFOLIO).orderBy(SANDBOX_PORTFOLIO.ID).fetch(r -> new Portfolio(r.getId(),
                r.getName(), r.getDescription(), r.getProvider()));
    }

    public List<SandboxProductRecord> products() {
        return db.selectFrom(SANDBOX_PRODUCT).orderBy(SANDBOX_PRODUCT.ID).fetch();
    }

    public List<dev.skyway.schema.catalog.tables.records.SandboxArtifactRecord> artifacts(String productId) {
        return db.selectFrom(SANDBOX_ARTIFACT).where(SANDBOX_ARTIFACT.PRODUCT_ID.eq(productId))
                .orderBy(SANDBOX_ARTIFACT.CREATED_AT).fetch();
    }

    /**
     * Like UpdateProvisioningArtifact: activates/deactivates a version and sets its guidance.
     *
     * @throws IllegalArgumentException when the account has no such artifact
     */
    @Transactional
    public void updateArtifact(String productId, String artifactId, boolean active, String guidance) {
        int updated = db.update(SANDBOX_ARTIFACT).set(SANDBOX_ARTIFACT.ACTIVE, active)
                .set(SANDBOX_ARTIFACT.GUIDANCE, guidance)
                .where(SANDBOX_ARTIFACT.PRODUCT_ID.eq(productId).and(SANDBOX_ARTIFACT.ID.eq(artifactId))).execute();
        if (updated == 0) {
            throw new IllegalArgumentException("No provisioning artifact " + artifactId + " in product " + productId);
        }
    }

    static Map<String, String> pairs(String lines) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                result.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return result;
    }

    static Map<String, List<String>> multiPairs(String lines) {
        return Arrays.stream(lines.split("\n")).filter(line -> line.indexOf('=') > 0)
                .collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf('=')), LinkedHashMap::new,
                        Collectors.mapping(line -> line.substring(line.indexOf('=') + 1), Collectors.toList())));
    }

    private static String lines(Map<String, String> pairs) {
        return pairs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }
}
