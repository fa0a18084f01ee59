package dev.skyway.portal.platform.money;

/** Two amounts in different currencies were added, subtracted or compared; the portal never converts silently. */
public class CurrencyMismatchException extends IllegalArgumentException {

    CurrencyMismatchException(String operation, Money left, Money right) {
        super("Cannot " + operation + " " + left + " and " + right + ": the currencies differ");
    }
}
