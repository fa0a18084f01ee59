package dev.skyway.portal.catalog.api;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.ProductQuery;

/** The catalog over HTTP: the same filters as the view, product parameters, and the sync. */
@Tag(name = "Catalog")
@RestController
@RequestMapping("/api/v1/catalog")
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'PLATFORM_ADMIN')")
class CatalogController {

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    /** By name. {@code tag} is {@code key=value} or a value. */
    @Operation(summary = "List catalog products", description = "By name; tag is key=value or a value.")
    @GetMapping("/products")
    List<CatalogDtos.ProductItem> products(@RequestParam(required = false) @Nullable String q,
                                           @RequestParam(required = false) @Nullable String portfolio,
                                           @RequestParam(required = false) @Nullable String tag) {
        return catalog.search(new ProductQuery(q, portfolio, tag)).stream().map(CatalogDtos.ProductItem::of).toList();
    }

    /** A product with the parameters of {@code version} (default: the newest that is not deprecated). 404 if unknown. */
    @Operation(summary = "Get a catalog product",
            description = "With the parameters of version (default: the newest that is not deprecated).")
    @GetMapping("/products/{id}")
    CatalogDtos.Product product(@PathVariable String id,
                                @RequestParam(required = false) @Nullable String version) {
        return CatalogDtos.Product.of(catalog.product(id, version));
    }

    /** Starts a sync in the background: 202 with the status as it is now (poll {@code sync-status}). */
    @Operation(summary = "Sync the catalog from AWS Service Catalog",
            description = "Starts a sync in the background: 202 with the status as it is now (poll sync-status).")
    @PostMapping("/sync")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    ResponseEntity<SyncStatusJson> sync() {
        catalog.requestSync(null);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(SyncStatusJson.of(catalog.syncStatus()));
    }

    @Operation(summary = "Get the catalog sync status")
    @GetMapping("/sync-status")
    SyncStatusJson syncStatus() {
        return SyncStatusJson.of(catalog.syncStatus());
    }
}
