package dev.skyway.portal.catalog.internal;

import java.util.Map;

/**
 * Provisions products, asynchronously as AWS Service Catalog does: {@link #provision} returns a record id at once,
 * {@link #describe} tells how the record is doing. Adapters: the sandbox account, or AWS Service Catalog.
 */
public interface Provisioner {

    /**
     * Starts provisioning. Calling again with the same {@link Command#provisionToken} returns the same record
     * (idempotent, as ProvisionProduct's ProvisionToken).
     *
     * @return the provisioning record id
     * @throws ProvisioningException when the provisioner refused the request outright
     */
    String provision(Command command);

    /** The record's state. @throws ProvisioningException when the record cannot be read */
    Record describe(String recordId);

    /**
     * @param parameters every parameter value to pass (NoEcho values in clear: never log this record)
     */
    record Command(String productId, String versionId, String accountId, String provisionedName,
                   String provisionToken, Map<String, String> parameters, Map<String, String> tags) {

        @Override
        public String toString() {
            return "Provision " + productId + "/" + versionId + " as " + provisionedName + " into " + accountId;
        }
    }

    enum State { IN_PROGRESS, SUCCEEDED, FAILED }

    /**
     * @param error   plain words; null unless FAILED
     * @param outputs in stack order; empty unless SUCCEEDED
     */
    record Record(String id, State state, String error, Map<String, String> outputs) {
    }
}
