package dev.skyway.portal.accounts;

import java.util.List;

/** An account request was refused before anything was stored or sent anywhere; each violation names its field. */
public class AccountRequestValidationException extends RuntimeException {

    private final transient List<AccountRequestViolation> violations;

    public AccountRequestValidationException(List<AccountRequestViolation> violations) {
        super(violations.size() + " field(s) need attention: " + String.join(", ",
                violations.stream().map(AccountRequestViolation::field).distinct().toList()));
        this.violations = List.copyOf(violations);
    }

    public List<AccountRequestViolation> violations() {
        return violations;
    }
}
