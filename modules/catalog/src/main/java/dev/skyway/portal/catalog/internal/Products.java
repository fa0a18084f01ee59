package dev.skyway.portal.catalog.internal;

import static dev.skyway.schema.catalog.Tables.LAUNCH_PATH;
import static dev.skyway.schema.catalog.Tables.PARAMETER;
import static dev.skyway.schema.catalog.Tables.PORTFOLIO;
import static dev.skyway.schema.catalog.Tables.PRODUCT;
import static dev.skyway.schema.catalog.Tables.PRODUCT_PORTFOLIO;
import static dev.skyway.schema.catalog.Tables.PRODUCT_TAG;
import static dev.skyway.schema.catalog.Tables.PRODUCT_VERSION;
import static dev.skyway.schema.catalog.Tables.TAG_OPTION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.catalog.Portfolio;
import dev.skyway.portal.catalog.ProductQuery;
import dev.skyway.portal.catalog.ProductVersion;
import dev.skyway.schema.catalog.tables.records.ParameterRecord;

/** Reads the stored catalog. Lists are small (a catalog has dozens of products), so related rows load in bulk. */
@Repository
public class Products {

    private final DSLContext db;

    Products(DSLContext db) {
        this.db = db;
    }

    /** By name. */
    public List<ProductRow> search(ProductQuery query) {
        Condition where = DSL.noCondition();
        if (query.text() != null) {
            where = where.and(PRODUCT.SEARCH_TEXT.containsIgnoreCase(query.text()));
        }
        if (query.portfolioId() != null) {
            where = where.and(PRODUCT.ID.in(DSL.select(PRODUCT_PORTFOLIO.PRODUCT_ID).from(PRODUCT_PORTFOLIO)
                    .where(PRODUCT_PORTFOLIO.PORTFOLIO_ID.eq(query.portfolioId()))));
        }
        if (query.tag() != null) {
            int eq = query.tag().indexOf('=');
            Condition tag = eq < 0 ? PRODUCT_TAG.TAG_VALUE.equalIgnoreCase(query.tag())
                    : PRODUCT_TAG.TAG_KEY.equalIgnoreCase(query.tag().substring(0, eq).strip())
                    .and(PRODUCT_TAG.TAG_VALUE.equalIgnoreCase(query.tag().substring(eq + 1).strip()));
            where = where.and(PRODUCT.ID.in(DSL.select(PRODUCT_TAG.PRODUCT_ID).from(PRODUCT_TAG).where(tag)));
        }
        return db.selectFrom(PRODUCT).where(where).orderBy(PRODUCT.NAME, PRODUCT.ID).fetch(this::row);
    }

    public Optional<ProductRow> find(String productId) {
        return db.selectFrom(PRODUCT).where(PRODUCT.ID.eq(productId)).fetchOptional(this::row);
    }

    public List<Portfolio> portfolios() {
        return db.selectFrom(PORTFOLIO).orderBy(PORTFOLIO.NAME).fetch(r -> new Portfolio(r.getId(), r.getName(),
                r.getDescription(), r.getProvider()));
    }

    /** Product id -> its portfolios, by portfolio name. */
    public Map<String, List<Portfolio>> portfoliosByProduct() {
        Map<String, List<Portfolio>> result = new LinkedHashMap<>();
        db.select(PRODUCT_PORTFOLIO.PRODUCT_ID, PORTFOLIO.ID, PORTFOLIO.NAME, PORTFOLIO.DESCRIPTION, PORTFOLIO.PROVIDER)
                .from(PRODUCT_PORTFOLIO).join(PORTFOLIO).on(PORTFOLIO.ID.eq(PRODUCT_PORTFOLIO.PORTFOLIO_ID))
                .orderBy(PORTFOLIO.NAME)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Portfolio(r.value2(), r.value3(), r.value4(), r.value5())));
        return result;
    }

    /** Product id -> tag key -> value. */
    public Map<String, Map<String, String>> tagsByProduct() {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        db.selectFrom(PRODUCT_TAG).orderBy(PRODUCT_TAG.TAG_KEY).forEach(r -> result
                .computeIfAbsent(r.getProductId(), k -> new LinkedHashMap<>()).put(r.getTagKey(), r.getTagValue()));
        return result;
    }

    /** Every distinct product tag as {@code key=value}, sorted. */
    public List<String> tags() {
        return db.selectDistinct(PRODUCT_TAG.TAG_KEY, PRODUCT_TAG.TAG_VALUE).from(PRODUCT_TAG)
                .orderBy(PRODUCT_TAG.TAG_KEY, PRODUCT_TAG.TAG_VALUE).fetch(r -> r.value1() + "=" + r.value2());
    }

    /** Product id -> versions, newest first. */
    public Map<String, List<ProductVersion>> versionsByProduct() {
        Map<String, List<ProductVersion>> result = new LinkedHashMap<>();
        db.selectFrom(PRODUCT_VERSION).orderBy(PRODUCT_VERSION.CREATED_AT.desc(), PRODUCT_VERSION.ID.desc())
                .forEach(r -> result.computeIfAbsent(r.getProductId(), k -> new ArrayList<>()).add(version(r)));
        return result;
    }

    public List<ProductVersion> versions(String productId) {
        return db.selectFrom(PRODUCT_VERSION).where(PRODUCT_VERSION.PRODUCT_ID.eq(productId))
                .orderBy(PRODUCT_VERSION.CREATED_AT.desc(), PRODUCT_VERSION.ID.desc()).fetch(this::version);
    }

    public Map<String, List<String>> tagOptions(String productId) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        db.selectFrom(TAG_OPTION).where(TAG_OPTION.PRODUCT_ID.eq(productId))
                .orderBy(TAG_OPTION.TAG_KEY, TAG_OPTION.TAG_VALUE)
                .forEach(r -> result.computeIfAbsent(r.getTagKey(), k -> new ArrayList<>()).add(r.getTagValue()));
        return result;
    }

    public List<String> launchPaths(String productId) {
        return db.select(LAUNCH_PATH.ID).from(LAUNCH_PATH).where(LAUNCH_PATH.PRODUCT_ID.eq(productId))
                .orderBy(LAUNCH_PATH.ID).fetch(LAUNCH_PATH.ID);
    }

    /** In form order. */
    public List<ParameterDescriptor> parameters(String versionId) {
        return db.selectFrom(PARAMETER).where(PARAMETER.VERSION_ID.eq(versionId)).orderBy(PARAMETER.POSITION)
                .fetch(Products::parameter);
    }

    private static ParameterDescriptor parameter(ParameterRecord r) {
        List<String> allowed = r.getAllowedValues() == null ? List.of()
                : Arrays.asList(r.getAllowedValues().split(CatalogWriter.LIST_SEPARATOR, -1));
        return new ParameterDescriptor(r.getParamKey(), r.getLabel(), r.getGroupLabel(), r.getDescription(),
                r.getParamType(), r.getDefaultValue(), allowed, r.getAllowedPattern(), r.getConstraintDescription(),
                r.getMinLength(), r.getMaxLength(), strip(r.getMinValue()), strip(r.getMaxValue()), r.getNoEcho());
    }

    private static @Nullable BigDecimal strip(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private ProductVersion version(dev.skyway.schema.catalog.tables.records.ProductVersionRecord r) {
        boolean deprecated = !r.getActive() || CatalogSnapshot.Version.DEPRECATED.equals(r.getGuidance());
        return new ProductVersion(r.getId(), r.getName(), r.getDescription(), deprecated, r.getCreatedAt().toInstant());
    }

    private ProductRow row(dev.skyway.schema.catalog.tables.records.ProductRecord r) {
        return new ProductRow(r.getId(), r.getName(), r.getDescription(), r.getOwner(), r.getSupportUrl());
    }
}
