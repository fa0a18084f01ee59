package dev.skyway.portal.provisioning.internal;

import java.util.Map;

import org.jspecify.annotations.Nullable;

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
     * @throws ProvisioningRetryableException when throttled or unreachable: call again later with the same token
     * @throws ProvisioningException          when the provisioner refused the request outright
     */
    String provision(Command command);

    /**
     * The record's state.
     *
     * @throws ProvisioningRetryableException when throttled or unreachable (ask again later)
     * @throws ProvisioningException          when the record cannot be read
     */
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

    /**
     * Changes the parameters of a provisioned product (UpdateProvisionedProduct). Calling again with the same
     * {@link UpdateCommand#updateToken} returns the same record.
     *
     * @throws ProvisioningRetryableException when throttled or unreachable: call again later with the same token
     * @throws ProvisioningException          when the provisioner refused the update outright
     */
    String update(UpdateCommand command);

    /**
     * Terminates a provisioned product (TerminateProvisionedProduct). Calling again with the same
     * {@link TerminateCommand#terminateToken} returns the same record.
     *
     * @throws ProvisioningRetryableException when throttled or unreachable: call again later with the same token
     * @throws ProvisioningException          when the provisioner refused the termination outright
     */
    String terminate(TerminateCommand command);

    /**
     * @param provisionedProductId the product to update; absent to name it by {@code provisionedName}
     * @param parameters           new values (NoEcho in clear: never log this record)
     * @param usePreviousValue     keys whose current value stays (NoEcho values the requester left empty)
     */
    record UpdateCommand(@Nullable String provisionedProductId, String provisionedName, String productId,
                         String versionId, String accountId, String updateToken, Map<String, String> parameters,
                         java.util.Set<String> usePreviousValue) {

        @Override
        public String toString() {
            return "Update " + (provisionedProductId == null ? provisionedName : provisionedProductId) + " to "
                    + productId + "/" + versionId;
        }
    }

    /** @param provisionedProductId the product to terminate; absent to name it by {@code provisionedName} */
    record TerminateCommand(@Nullable String provisionedProductId, String provisionedName, String terminateToken) {
    }

    enum State { IN_PROGRESS, SUCCEEDED, FAILED }

    /**
     * @param error                plain words; absent unless FAILED (a provisioned product that AWS reports TAINTED
     *                             or ERROR is FAILED with its status message)
     * @param outputs              in stack order; empty unless SUCCEEDED
     * @param provisionedProductId the provisioned product the record is about; absent when not known (yet)
     * @param productStatus        the provisioned product's status once the record is done, as AWS reports it;
     *                             absent when not known (in progress, no product, or not asked)
     * @param productStatusMessage AWS's status message with TAINTED or ERROR; absent otherwise
     */
    record Record(String id, State state, @Nullable String error, Map<String, String> outputs,
                  @Nullable String provisionedProductId,
                  dev.skyway.portal.provisioning.@Nullable ProductStatus productStatus,
                  @Nullable String productStatusMessage) {

        public Record(String id, State state, @Nullable String error, Map<String, String> outputs,
                      @Nullable String provisionedProductId) {
            this(id, state, error, outputs, provisionedProductId, null, null);
        }

        public Record(String id, State state, @Nullable String error, Map<String, String> outputs) {
            this(id, state, error, outputs, null);
        }
    }
}
