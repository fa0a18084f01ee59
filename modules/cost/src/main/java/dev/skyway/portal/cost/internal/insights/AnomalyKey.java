package dev.skyway.portal.cost.internal.insights;

/** How an account × service series is keyed: {@code <account id>/<service name>} (account ids hold no slash). */
final class AnomalyKey {

    static final String DIMENSION = "SubAccountId/ServiceName";

    private AnomalyKey() {
    }

    static String of(String accountId, String service) {
        return accountId + "/" + service;
    }

    static String account(String key) {
        return key.substring(0, key.indexOf('/'));
    }

    static String service(String key) {
        return key.substring(key.indexOf('/') + 1);
    }
}
