package dev.skyway.portal.catalog.internal;

import static dev.skyway.schema.catalog.Tables.LAUNCH_PATH;
import static dev.skyway.schema.catalog.Tables.PARAMETER;
import static dev.skyway.schema.catalog.Tables.PORTFOLIO;
import static dev.skyway.schema.catalog.Tables.PRODUCT;
import static dev.skyway.schema.catalog.Tables.PRODUCT_PORTFOLIO;
import static dev.skyway.schema.catalog.Tables.PRODUCT_TAG;
import static dev.skyway.schema.catalog.Tables.PRODUCT_VERSION;
import static dev.skyway.schema.catalog.Tables.TAG_OPTION;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.Portfolio;

/** Replaces the stored catalog with a snapshot (in the caller's transaction: readers see the old or the new one). */
@Repository
public class CatalogWriter {

    static final String LIST_SEPARATOR = "\n";

    private final DSLContext db;

    CatalogWriter(DSLContext db) {
        this.db = db;
    }

    /** Returns the number of products stored. */
    public int replace(CatalogSnapshot snapshot) {
        db.deleteFrom(PARAMETER).execute();
        db.deleteFrom(PRODUCT_VERSION).execute();
        db.deleteFrom(LAUNCH_PATH).execute();
        db.deleteFrom(TAG_OPTION).execute();
        db.deleteFrom(PRODUCT_TAG).execute();
        db.deleteFrom(PRODUCT_PORTFOLIO).execute();
        db.deleteFrom(PRODUCT).execute();
        db.deleteFrom(PORTFOLIO).execute();
        for (Portfolio p : snapshot.portfolios()) {
            db.insertInto(PORTFOLIO).set(PORTFOLIO.ID, p.id()).set(PORTFOLIO.NAME, p.name())
                    .set(PORTFOLIO.DESCRIPTION, p.description()).set(PORTFOLIO.PROVIDER, p.provider()).execute();
        }
        Set<String> portfolioIds = snapshot.portfolios().stream().map(Portfolio::id).collect(Collectors.toSet());
        for (CatalogSnapshot.Product product : snapshot.products()) {
            insert(product, portfolioIds);
        }
        return snapshot.products().size();
    }

    private void insert(CatalogSnapshot.Product p, Set<String> portfolioIds) {
        db.insertInto(PRODUCT).set(PRODUCT.ID, p.id()).set(PRODUCT.NAME, p.name())
                .set(PRODUCT.DESCRIPTION, p.description()).set(PRODUCT.OWNER, p.owner())
                .set(PRODUCT.SUPPORT_URL, p.supportUrl()).set(PRODUCT.SEARCH_TEXT, searchText(p)).execute();
        p.portfolioIds().stream().filter(portfolioIds::contains).distinct().forEach(id ->
                db.insertInto(PRODUCT_PORTFOLIO).set(PRODUCT_PORTFOLIO.PRODUCT_ID, p.id())
                        .set(PRODUCT_PORTFOLIO.PORTFOLIO_ID, id).execute());
        p.tags().forEach((key, value) -> db.insertInto(PRODUCT_TAG).set(PRODUCT_TAG.PRODUCT_ID, p.id())
                .set(PRODUCT_TAG.TAG_KEY, key).set(PRODUCT_TAG.TAG_VALUE, value).execute());
        p.tagOptions().forEach((key, values) -> values.stream().distinct().forEach(value ->
                db.insertInto(TAG_OPTION).set(TAG_OPTION.PRODUCT_ID, p.id()).set(TAG_OPTION.TAG_KEY, key)
                        .set(TAG_OPTION.TAG_VALUE, value).execute()));
        p.launchPaths().forEach((id, name) -> db.insertInto(LAUNCH_PATH).set(LAUNCH_PATH.PRODUCT_ID, p.id())
                .set(LAUNCH_PATH.ID, id).set(LAUNCH_PATH.NAME, name).execute());
        for (CatalogSnapshot.Version v : p.versions()) {
            db.insertInto(PRODUCT_VERSION).set(PRODUCT_VERSION.ID, v.id()).set(PRODUCT_VERSION.PRODUCT_ID, p.id())
                    .set(PRODUCT_VERSION.NAME, v.name()).set(PRODUCT_VERSION.DESCRIPTION, v.description())
                    .set(PRODUCT_VERSION.ACTIVE, v.active()).set(PRODUCT_VERSION.GUIDANCE, v.guidance())
                    .set(PRODUCT_VERSION.CREATED_AT, v.createdAt().atOffset(ZoneOffset.UTC)).execute();
            insertParameters(v.id(), v.parameters());
        }
    }

    private void insertParameters(String versionId, List<ParameterDescriptor> parameters) {
        int position = 0;
        for (ParameterDescriptor d : parameters) {
            db.insertInto(PARAMETER).set(PARAMETER.VERSION_ID, versionId).set(PARAMETER.POSITION, position++)
                    .set(PARAMETER.PARAM_KEY, d.key()).set(PARAMETER.LABEL, d.label())
                    .set(PARAMETER.GROUP_LABEL, d.group()).set(PARAMETER.DESCRIPTION, d.description())
                    .set(PARAMETER.PARAM_TYPE, d.type()).set(PARAMETER.DEFAULT_VALUE, d.defaultValue())
                    .set(PARAMETER.ALLOWED_VALUES, d.allowedValues().isEmpty() ? null
                            : String.join(LIST_SEPARATOR, d.allowedValues()))
                    .set(PARAMETER.ALLOWED_PATTERN, d.allowedPattern())
                    .set(PARAMETER.CONSTRAINT_DESCRIPTION, d.constraintDescription())
                    .set(PARAMETER.MIN_LENGTH, d.minLength()).set(PARAMETER.MAX_LENGTH, d.maxLength())
                    .set(PARAMETER.MIN_VALUE, d.minValue()).set(PARAMETER.MAX_VALUE, d.maxValue())
                    .set(PARAMETER.NO_ECHO, d.noEcho()).execute();
        }
    }

    private static String searchText(CatalogSnapshot.Product p) {
        StringBuilder text = new StringBuilder(p.name());
        for (String part : new String[] {p.description(), p.owner()}) {
            if (part != null) {
                text.append(' ').append(part);
            }
        }
        for (Map.Entry<String, String> tag : p.tags().entrySet()) {
            text.append(' ').append(tag.getKey()).append('=').append(tag.getValue());
        }
        String result = text.toString().toLowerCase(Locale.ROOT);
        return result.length() > 4000 ? result.substring(0, 4000) : result;
    }
}
