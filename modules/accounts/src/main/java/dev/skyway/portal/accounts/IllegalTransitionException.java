package dev.skyway.portal.accounts;

/**
 * An account request cannot make this move from where it stands (e.g. cancelling one that already started). The
 * message says why in the user's words; a 409 over HTTP.
 */
public class IllegalTransitionException extends IllegalStateException {

    private final AccountRequestStatus from;

    public IllegalTransitionException(AccountRequestStatus from, String message) {
        super(message);
        this.from = from;
    }

    /** Where the request stood. */
    public AccountRequestStatus from() {
        return from;
    }
}
