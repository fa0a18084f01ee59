package dev.skyway.portal.accounts.internal.requests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.skyway.portal.accounts.Account;
import dev.skyway.portal.accounts.AccountRequestViolation;
import dev.skyway.portal.accounts.NewAccountRequest;
import dev.skyway.portal.accounts.OrganizationalUnit;
import dev.skyway.portal.accounts.internal.Inventory;

/**
 * The rules of a new account request, all checked before anything is stored or sent: AWS's own limits (account name
 * 1-50 printable characters, email 6-64 characters, tag keys and values), the portal's (an email no account and no
 * open request uses, an OU of the synced tree that vending allows: not the root, not Suspended, one of
 * {@code portal.accounts.vending.allowed-ous} when set; known baselines, a positive budget in cents). Every free-text
 * field is held to its column's size. The owner team is checked for its form only: the portal has no register of
 * teams (a team is the {@code owner-team} tag's value and the IdP's team claim), so an unknown team cannot be told.
 */
@Component
public class AccountRequestChecks {

    public static final List<String> ENVIRONMENTS = List.of("dev", "staging", "prod");
    public static final int MAX_JUSTIFICATION = 2000;
    public static final BigDecimal MAX_BUDGET = new BigDecimal("1000000");
    /** Set by the portal from their own fields; a request may not give them as free tags. */
    public static final Set<String> RESERVED_TAGS = Set.of(Account.OWNER_TEAM_TAG, Account.COST_CENTER_TAG,
            Account.ENVIRONMENT_TAG);

    private static final Pattern ACCOUNT_NAME = Pattern.compile("[\\u0020-\\u007E]+");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final Pattern PERSON_NAME = Pattern.compile("[\\p{L}\\p{M}' .-]+");
    private static final Pattern TEAM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*");

    private final Inventory inventory;
    private final AccountRequestStore store;
    private final VendingProperties properties;

    AccountRequestChecks(Inventory inventory, AccountRequestStore store, VendingProperties properties) {
        this.inventory = inventory;
        this.store = store;
        this.properties = properties;
    }

    /** The target OU of a valid request. */
    public Optional<OrganizationalUnit> unit(String id) {
        return id == null ? Optional.empty() : inventory.units().stream().filter(u -> u.id().equals(id.strip()))
                .findFirst();
    }

    public List<AccountRequestViolation> check(NewAccountRequest r) {
        return check(r, null);
    }

    /** As {@link #check(NewAccountRequest)}; the open request {@code editing}, if any, may keep its own email. */
    public List<AccountRequestViolation> check(NewAccountRequest r, java.util.@Nullable UUID editing) {
        List<AccountRequestViolation> out = new ArrayList<>();
        String name = r.accountName() == null ? "" : r.accountName().strip();
        if (name.isEmpty()) {
            out.add(required("accountName"));
        } else if (name.length() > 50) {
            out.add(new AccountRequestViolation("accountName", "MAX_LENGTH", "must be at most 50 characters"));
        } else if (!ACCOUNT_NAME.matcher(name).matches()) {
            out.add(new AccountRequestViolation("accountName", "ALLOWED_PATTERN",
                    "may contain only printable ASCII characters"));
        }
        email(out, "accountEmail", r.accountEmail());
        if (out.stream().noneMatch(v -> v.field().equals("accountEmail"))) {
            String email = r.accountEmail().strip();
            if (inventory.hasAccountWithEmail(email)) {
                out.add(new AccountRequestViolation("accountEmail", "DUPLICATE",
                        "is already the root email of an account in the organization"));
            } else if (store.emailHeld(email, editing)) {
                out.add(new AccountRequestViolation("accountEmail", "DUPLICATE",
                        "is already used by an open account request"));
            }
        }
        if (blank(r.organizationalUnitId())) {
            out.add(required("organizationalUnitId"));
        } else {
            Optional<OrganizationalUnit> unit = unit(r.organizationalUnitId());
            if (unit.isEmpty()) {
                out.add(new AccountRequestViolation("organizationalUnitId", "UNKNOWN",
                        "is not an organizational unit of the organization (as of the last inventory sync)"));
            } else {
                refusal(unit.get()).ifPresent(out::add);
            }
        }
        person(out, "ssoUserFirstName", r.ssoUserFirstName());
        person(out, "ssoUserLastName", r.ssoUserLastName());
        email(out, "ssoUserEmail", r.ssoUserEmail());
        if (blank(r.ownerTeam())) {
            out.add(required("ownerTeam"));
        } else if (!TEAM.matcher(r.ownerTeam().strip()).matches()) {
            out.add(new AccountRequestViolation("ownerTeam", "ALLOWED_PATTERN",
                    "must be lower-case letters, digits and dashes (at most 64), e.g. payments"));
        }
        if (blank(r.costCenter())) {
            out.add(required("costCenter"));
        } else if (r.costCenter().strip().length() > 128) {
            out.add(new AccountRequestViolation("costCenter", "MAX_LENGTH", "must be at most 128 characters"));
        }
        if (blank(r.environment())) {
            out.add(required("environment"));
        } else if (!ENVIRONMENTS.contains(r.environment().strip())) {
            out.add(new AccountRequestViolation("environment", "ALLOWED_VALUES", "must be one of: dev, staging, prod"));
        }
        BigDecimal budget = r.monthlyBudget();
        if (budget == null) {
            out.add(required("monthlyBudget"));
        } else if (budget.signum() <= 0) {
            out.add(new AccountRequestViolation("monthlyBudget", "MIN_VALUE", "must be more than 0 USD"));
        } else if (budget.stripTrailingZeros().scale() > 2) {
            out.add(new AccountRequestViolation("monthlyBudget", "DECIMALS", "must have at most 2 decimals"));
        } else if (budget.compareTo(MAX_BUDGET) > 0) {
            out.add(new AccountRequestViolation("monthlyBudget", "MAX_VALUE", "must be at most 1000000 USD"));
        }
        Set<String> seen = new HashSet<>();
        for (String id : r.baseline()) {
            if (id == null || properties.baseline(id.strip()).isEmpty()) {
                out.add(new AccountRequestViolation("baseline", "UNKNOWN", "'" + id + "' is not a baseline; choose from "
                        + String.join(", ", properties.baselines().stream().map(b -> b.id()).toList())));
            } else if (!seen.add(id.strip())) {
                out.add(new AccountRequestViolation("baseline", "DUPLICATE", "'" + id + "' is listed twice"));
            }
        }
        tags(out, r.tags());
        if (blank(r.justification())) {
            out.add(new AccountRequestViolation("justification", "REQUIRED", "is required: say why you need it"));
        } else if (r.justification().strip().length() > MAX_JUSTIFICATION) {
            out.add(new AccountRequestViolation("justification", "MAX_LENGTH",
                    "must be at most " + MAX_JUSTIFICATION + " characters"));
        }
        return out;
    }

    /** The OUs of the synced tree a request may name, for forms (the same rule as {@link #check}). */
    public List<OrganizationalUnit> vendableUnits() {
        return inventory.units().stream().filter(u -> refusal(u).isEmpty()).toList();
    }

    /**
     * Why vending may not put an account in this OU, if it may not: never the root (accounts there escape every OU policy) nor
     * the Suspended OU (by name, or the configured one); only the configured allowed OUs when there are any.
     */
    private Optional<AccountRequestViolation> refusal(OrganizationalUnit unit) {
        String field = "organizationalUnitId";
        if (unit.isRoot()) {
            return Optional.of(new AccountRequestViolation(field, "NOT_ALLOWED",
                    "new accounts cannot be created in the organization's root; choose an organizational unit"));
        }
        if (unit.name().equalsIgnoreCase("Suspended") || unit.id().equals(properties.suspendedOuId())) {
            return Optional.of(new AccountRequestViolation(field, "NOT_ALLOWED",
                    "new accounts cannot be created in the Suspended OU"));
        }
        if (!properties.allowedOus().isEmpty() && !properties.allowedOus().contains(unit.id())) {
            return Optional.of(new AccountRequestViolation(field, "NOT_ALLOWED",
                    "is not one of the organizational units account vending allows: "
                            + String.join(", ", properties.allowedOus())));
        }
        return Optional.empty();
    }

    private static void tags(List<AccountRequestViolation> out, Map<String, String> tags) {
        if (tags.size() > 40) {
            out.add(new AccountRequestViolation("tags", "MAX_ITEMS", "at most 40 tags"));
        }
        tags.forEach((key, value) -> {
            String field = "tags." + key;
            if (key == null || key.isBlank()) {
                out.add(new AccountRequestViolation("tags", "REQUIRED", "every tag needs a key"));
            } else if (key.length() > 128) {
                out.add(new AccountRequestViolation(field, "MAX_LENGTH", "tag keys are at most 128 characters"));
            } else if (key.toLowerCase().startsWith("aws:")) {
                out.add(new AccountRequestViolation(field, "RESERVED", "tag keys may not start with aws:"));
            } else if (RESERVED_TAGS.contains(key)) {
                out.add(new AccountRequestViolation(field, "RESERVED",
                        "is set by the portal from the request's own field"));
            } else if (!TAG.matcher(key).matches()) {
                out.add(new AccountRequestViolation(field, "ALLOWED_PATTERN",
                        "tag keys may contain letters, digits, spaces and _ . : / = + - @"));
            }
            if (value != null && value.length() > 256) {
                out.add(new AccountRequestViolation(field, "MAX_LENGTH", "tag values are at most 256 characters"));
            } else if (value != null && !TAG.matcher(value).matches()) {
                out.add(new AccountRequestViolation(field, "ALLOWED_PATTERN",
                        "tag values may contain letters, digits, spaces and _ . : / = + - @"));
            }
        });
    }

    private static void email(List<AccountRequestViolation> out, String field, String value) {
        if (blank(value)) {
            out.add(required(field));
        } else if (value.strip().length() < 6 || value.strip().length() > 64) {
            out.add(new AccountRequestViolation(field, "LENGTH", "must be 6 to 64 characters"));
        } else if (!EMAIL.matcher(value.strip()).matches()) {
            out.add(new AccountRequestViolation(field, "EMAIL", "must be an email address such as team@example.com"));
        }
    }

    private static void person(List<AccountRequestViolation> out, String field, String value) {
        if (blank(value)) {
            out.add(required(field));
        } else if (value.strip().length() > 50) {
            out.add(new AccountRequestViolation(field, "MAX_LENGTH", "must be at most 50 characters"));
        } else if (!PERSON_NAME.matcher(value.strip()).matches()) {
            out.add(new AccountRequestViolation(field, "ALLOWED_PATTERN",
                    "may contain letters, spaces, apostrophes, dots and dashes"));
        }
    }

    private static AccountRequestViolation required(String field) {
        return new AccountRequestViolation(field, "REQUIRED", "is required");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
