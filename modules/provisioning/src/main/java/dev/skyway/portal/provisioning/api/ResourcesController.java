package dev.skyway.portal.provisioning.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.skyway.portal.provisioning.ActualCost;
import dev.skyway.portal.provisioning.CostComparisons;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.portal.provisioning.ProductStatus;
import dev.skyway.portal.provisioning.ProvisionedResource;
import dev.skyway.portal.provisioning.ProvisionedResources;
import dev.skyway.portal.provisioning.RequestStateException;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.RequestValidationException;
import dev.skyway.portal.provisioning.ResourceQuery;

/**
 * Provisioned products ("My resources") over HTTP: the caller's and their team's ({@code mine=true}, the only listing;
 * {@code X-Total-Count} header; {@code health=unhealthy} for those AWS reports TAINTED or ERROR, 400 for another
 * value), one by id, and asking to update ({@code {parameters, justification}}) or terminate ({@code {justification}})
 * one: 201 with the new request (as {@code GET /api/v1/requests/{id}} returns it). 400 names
 * each failing field; 409 when the product is not PROVISIONED or a change is already under way; 403 when it is not the
 * caller's or their team's. Each resource carries its estimated monthly cost (given at request time) and, when the
 * cost data knows it, its actual monthly cost; an absent actual means not known (yet), never 0.
 */
@Tag(name = "Requests")
@RestController
@RequestMapping("/api/v1/resources")
@PreAuthorize("isAuthenticated()")
class ResourcesController {

    private final ProvisionedResources resources;
    private final ProductRequests requests;
    private final CostComparisons costs;

    ResourcesController(ProvisionedResources resources, ProductRequests requests, CostComparisons costs) {
        this.resources = resources;
        this.requests = requests;
        this.costs = costs;
    }

    @Operation(summary = "List my provisioned products")
    @GetMapping
    ResponseEntity<List<ResourceDto>> mine(@RequestParam(defaultValue = "true") boolean mine,
                                           @RequestParam(required = false) @Nullable String q,
                                           @RequestParam(required = false) @Nullable RequestStatus status,
                                           @RequestParam(required = false) @Nullable String environment,
                                           @RequestParam(defaultValue = "all") String health,
                                           @RequestParam(defaultValue = "0") int offset,
                                           @RequestParam(defaultValue = "50") int limit) {
        if (!mine) {
            throw new IllegalArgumentException("Only mine=true is supported");
        }
        if (!"all".equals(health) && !"unhealthy".equals(health)) {
            throw new IllegalArgumentException("health must be all or unhealthy (AWS reports TAINTED or ERROR)");
        }
        ResourceQuery query = new ResourceQuery(q, status, environment, "unhealthy".equals(health));
        List<ProvisionedResource> page = resources.mine(query, Math.max(0, offset), limit);
        Map<UUID, ActualCost> actuals = costs.actuals(page.stream().map(ProvisionedResource::id).toList());
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(resources.countMine(query)))
                .body(page.stream().map(r -> dto(r, actuals.get(r.id()))).toList());
    }

    @Operation(summary = "Get a provisioned product")
    @GetMapping("/{id}")
    ResourceDto get(@PathVariable UUID id) {
        ProvisionedResource resource = resources.get(id);
        return dto(resource, costs.actual(id).orElse(null));
    }

    @Operation(summary = "Request an update of a provisioned product")
    @ApiResponse(responseCode = "409",
            description = "The product has a request in progress, or cannot be updated in its state")
    @PostMapping("/{id}/update")
    ResponseEntity<RequestsController.RequestDto> update(@PathVariable UUID id, @RequestBody Update body) {
        return created(resources.requestUpdate(id, body.parameters() == null ? Map.of() : body.parameters(),
                body.justification()));
    }

    @Operation(summary = "Request terminating a provisioned product")
    @ApiResponse(responseCode = "409",
            description = "The product has a request in progress, or cannot be terminated in its state")
    @PostMapping("/{id}/terminate")
    ResponseEntity<RequestsController.RequestDto> terminate(@PathVariable UUID id,
                                                            @RequestBody(required = false) @Nullable Terminate body) {
        return created(resources.requestTermination(id, body == null ? null : body.justification()));
    }

    private ResponseEntity<RequestsController.RequestDto> created(ProductRequest r) {
        return ResponseEntity.created(URI.create("/api/v1/requests/" + r.id()))
                .body(RequestsController.RequestDto.of(r, requests.processOf(r)));
    }

    private static ResourceDto dto(ProvisionedResource r, @Nullable ActualCost actual) {
        return new ResourceDto(r.id(), r.name(), r.product().productId(), r.product().productName(),
                r.product().versionId(), r.product().versionName(), r.target().environment(), r.target().accountId(),
                r.requester().username(), r.requester().team(), r.status(), r.statusReason(), r.since(),
                r.parameters(), r.outputs(), r.pendingChange(),
                r.pendingAction() == null ? null : r.pendingAction().name(), r.health().status(),
                r.health().message(), r.health().reportedBy(), r.estimatedMonthlyCost() == null ? null
                : new RequestsController.CostDto(r.estimatedMonthlyCost().amount(),
                r.estimatedMonthlyCost().currency().getCurrencyCode()),
                RequestsController.ActualCostDto.of(actual, r.estimatedMonthlyCost()));
    }

    @ExceptionHandler(RequestValidationException.class)
    ProblemDetail invalid(RequestValidationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("The change breaks the product's rules");
        problem.setProperty("errors", e.violations());
        return problem;
    }

    @ExceptionHandler(RequestStateException.class)
    ProblemDetail conflict(RequestStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("The provisioned product cannot be changed now");
        problem.setProperty("resourceId", e.requestId());
        problem.setProperty("resourceStatus", e.status());
        return problem;
    }

    record Update(Map<String, String> parameters, String justification) {
    }

    record Terminate(String justification) {
    }

    /**
     * NoEcho parameter values are always {@code ****}. {@code productStatus} (AVAILABLE, TAINTED, ERROR; absent when
     * not known yet) and {@code productStatusMessage} are what AWS last reported of the provisioned product;
     * {@code productStatusRequest} is the request whose record reported it (retry it at
     * {@code POST /api/v1/requests/{id}/retry} when it FAILED). {@code estimatedMonthlyCost} is the estimate given at
     * request time (absent without a cost model); {@code actualMonthlyCost} what it actually costs per month (absent
     * when not known yet).
     */
    record ResourceDto(UUID id, String name, String productId, String productName, String versionId,
                       String versionName, String environment, String accountId, String requester,
                       @Nullable String team, RequestStatus status, @Nullable String statusReason, Instant since,
                       Map<String, String> parameters, Map<String, String> outputs, @Nullable UUID pendingChange,
                       @Nullable String pendingAction, @Nullable ProductStatus productStatus,
                       @Nullable String productStatusMessage, @Nullable UUID productStatusRequest,
                       RequestsController.@Nullable CostDto estimatedMonthlyCost,
                       RequestsController.@Nullable ActualCostDto actualMonthlyCost) {
    }
}
