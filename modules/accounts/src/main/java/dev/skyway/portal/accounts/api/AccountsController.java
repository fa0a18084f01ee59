package dev.skyway.portal.accounts.api;

import java.util.List;

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

import dev.skyway.portal.accounts.AccountQuery;
import dev.skyway.portal.accounts.Accounts;

/** The account inventory over HTTP: the same filters as the view, one account, the OUs, and the sync. */
@Tag(name = "Accounts")
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('ENGINEER', 'APPROVER', 'FINANCE', 'SECURITY', 'PLATFORM_ADMIN')")
class AccountsController {

    private final Accounts accounts;

    AccountsController(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * By name. {@code ouId} includes the OUs below it; {@code tag} is {@code key=value} or a key. The total count is
     * in the {@code X-Total-Count} header.
     */
    @Operation(summary = "List AWS accounts",
            description = "By name; ouId includes the OUs below it; tag is key=value or a key. The total count is in "
                    + "the X-Total-Count header.")
    @GetMapping("/accounts")
    ResponseEntity<List<AccountsDtos.AccountItem>> accounts(@RequestParam(required = false) String q,
                                                           @RequestParam(required = false) String ouId,
                                                           @RequestParam(required = false) String status,
                                                           @RequestParam(required = false) String team,
                                                           @RequestParam(required = false) String tag,
                                                           @RequestParam(defaultValue = "0") int offset,
                                                           @RequestParam(defaultValue = "100") int limit) {
        AccountQuery query = new AccountQuery(q, ouId, status, team, tag);
        List<AccountsDtos.AccountItem> items = accounts.search(query, offset, limit).stream()
                .map(AccountsDtos.AccountItem::of).toList();
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(accounts.count(query))).body(items);
    }

    /** 404 (problem+json) for an id the inventory does not hold. */
    @Operation(summary = "Get an AWS account")
    @GetMapping("/accounts/{id}")
    AccountsDtos.AccountItem account(@PathVariable String id) {
        return AccountsDtos.AccountItem.of(accounts.account(id));
    }

    /** The root and every OU, flat, a parent before its children. */
    @Operation(summary = "List organizational units",
            description = "The root and every OU, flat, a parent before its children.")
    @GetMapping("/organizational-units")
    List<AccountsDtos.Unit> organizationalUnits() {
        return accounts.organizationalUnits().stream().map(AccountsDtos.Unit::of).toList();
    }

    /** Starts a sync in the background: 202 with the status as it is now. */
    @Operation(summary = "Sync accounts from AWS Organizations",
            description = "Starts a sync in the background: 202 with the status as it is now.")
    @PostMapping("/accounts/sync")
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    ResponseEntity<SyncStatusJson> sync() {
        accounts.requestSync(null);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(SyncStatusJson.of(accounts.syncStatus()));
    }
}
