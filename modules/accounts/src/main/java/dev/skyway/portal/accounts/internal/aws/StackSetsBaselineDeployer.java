package dev.skyway.portal.accounts.internal.aws;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.accounts.internal.vending.BaselineDeployer;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.platform.aws.AwsFailure;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.AccountFilterType;
import software.amazon.awssdk.services.cloudformation.model.CallAs;
import software.amazon.awssdk.services.cloudformation.model.CreateStackInstancesRequest;
import software.amazon.awssdk.services.cloudformation.model.InvalidOperationException;
import software.amazon.awssdk.services.cloudformation.model.LimitExceededException;
import software.amazon.awssdk.services.cloudformation.model.OperationIdAlreadyExistsException;
import software.amazon.awssdk.services.cloudformation.model.OperationInProgressException;
import software.amazon.awssdk.services.cloudformation.model.OperationNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceFilterName;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceStatus;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceSummary;
import software.amazon.awssdk.services.cloudformation.model.StackSetNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperation;
import software.amazon.awssdk.services.cloudformation.model.StaleRequestException;

/**
 * Baseline stacks through CloudFormation StackSets (query protocol): {@code CreateStackInstances} for one account,
 * {@code DescribeStackSetOperation} for progress, and on failure every page of {@code ListStackInstances} touched
 * by the operation for the per-instance status reasons.
 *
 * <p>Self-managed stack sets target the account directly ({@code Accounts}); service-managed ones
 * ({@code DeploymentTargets}) target the account inside the organization root with the {@code INTERSECTION} filter,
 * so that only that account gets the stacks.
 */
public class StackSetsBaselineDeployer implements BaselineDeployer {

    static final String SERVICE = "AWS CloudFormation StackSets";

    private final CloudFormationClient client;
    private final @Nullable String serviceManagedRootId;
    private final @Nullable CallAs callAs;

    /**
     * @param client               CloudFormation client in the stack sets' home region, in the administrator
     *                             account. The adapter does not close it.
     * @param serviceManagedRootId absent for self-managed stack sets (roles
     *                             {@code AWSCloudFormationStackSetAdministrationRole} /
     *                             {@code AWSCloudFormationStackSetExecutionRole}); the organization's root id
     *                             ({@code r-...}) for service-managed ones
     * @param delegatedAdmin       true when the portal's account is a StackSets delegated administrator, not the
     *                             management account: sends {@code CallAs=DELEGATED_ADMIN} (service-managed only)
     */
    public StackSetsBaselineDeployer(CloudFormationClient client, @Nullable String serviceManagedRootId,
                                     boolean delegatedAdmin) {
        this.client = Objects.requireNonNull(client, "client");
        this.serviceManagedRootId = serviceManagedRootId == null || serviceManagedRootId.isBlank() ? null
                : serviceManagedRootId;
        this.callAs = delegatedAdmin ? CallAs.DELEGATED_ADMIN : null;
    }

    /** An operation id that already exists is taken as this deployment, started earlier. */
    @Override
    public String deploy(String stackSetName, String accountId, List<String> regions, String operationId) {
        String what = "deploy stack set " + stackSetName + " to account " + accountId;
        CreateStackInstancesRequest.Builder request = CreateStackInstancesRequest.builder()
                .stackSetName(stackSetName)
                .regions(regions)
                .operationId(operationId)
                .callAs(callAs);
        if (serviceManagedRootId == null) {
            request.accounts(accountId);
        } else {
            request.deploymentTargets(t -> t.organizationalUnitIds(serviceManagedRootId).accounts(accountId)
                    .accountFilterType(AccountFilterType.INTERSECTION));
        }
        return VendingErrors.call(SERVICE, what, e -> translate(stackSetName, what, e), () -> {
            try {
                return client.createStackInstances(request.build()).operationId();
            } catch (OperationIdAlreadyExistsException alreadyStarted) {
                return operationId;
            }
        });
    }

    @Override
    public OperationProgress progress(String stackSetName, String operationId) {
        String what = "read operation " + operationId + " of stack set " + stackSetName;
        StackSetOperation operation = VendingErrors.call(SERVICE, what, e -> translate(stackSetName, what, e),
                () -> client.describeStackSetOperation(r -> r.stackSetName(stackSetName).operationId(operationId)
                        .callAs(callAs))).stackSetOperation();
        return switch (operation.status()) {
            case RUNNING, QUEUED, STOPPING -> new OperationProgress(OperationProgress.State.RUNNING, null);
            case SUCCEEDED -> new OperationProgress(OperationProgress.State.SUCCEEDED, null);
            case FAILED -> new OperationProgress(OperationProgress.State.FAILED,
                    "Baseline " + stackSetName + " failed: " + reasons(stackSetName, operation));
            case STOPPED -> new OperationProgress(OperationProgress.State.STOPPED,
                    "Baseline " + stackSetName + " was stopped before it finished: " + reasons(stackSetName, operation));
            case null, default -> throw new VendingException("CloudFormation reported an unknown status "
                    + operation.statusAsString() + " for operation " + operationId, operation.statusAsString(), null,
                    true, null);
        };
    }

    /** The status reasons of the stack instances this operation touched that did not end up current. */
    private String reasons(String stackSetName, StackSetOperation operation) {
        String what = "list the stack instances of stack set " + stackSetName;
        List<StackInstanceSummary> instances = VendingErrors.call(SERVICE, what, e -> translate(stackSetName, what, e),
                () -> client.listStackInstancesPaginator(r -> r.stackSetName(stackSetName).callAs(callAs)
                                .filters(f -> f.name(StackInstanceFilterName.LAST_OPERATION_ID)
                                        .values(operation.operationId())))
                        .summaries().stream().toList());
        String reasons = instances.stream()
                .filter(i -> i.lastOperationId() == null || i.lastOperationId().equals(operation.operationId()))
                .filter(i -> i.status() != StackInstanceStatus.CURRENT)
                .map(i -> "account " + i.account() + " in " + i.region() + ": "
                        + (i.statusReason() == null || i.statusReason().isBlank() ? "no reason given"
                        : i.statusReason()))
                .collect(Collectors.joining("; "));
        if (!reasons.isEmpty()) {
            return reasons;
        }
        return operation.statusReason() == null || operation.statusReason().isBlank()
                ? "CloudFormation gave no reason; see the stack set's operation " + operation.operationId()
                : operation.statusReason();
    }

    private static VendingException translate(String stackSetName, String what, AwsFailure f) {
        return switch (f.exception()) {
            case StackSetNotFoundException n -> VendingErrors.words("The baseline stack set " + stackSetName
                    + " does not exist in the portal's CloudFormation region (or is not visible to its role)", f,
                    false);
            case OperationInProgressException o -> VendingErrors.words("Another operation is running on stack set "
                    + stackSetName + "; it will be tried again when it is done", f, true);
            case StaleRequestException s -> VendingErrors.words("CloudFormation found the request to " + what
                    + " stale; it will be tried again", f, true);
            case LimitExceededException l -> VendingErrors.words("CloudFormation's StackSets limits were reached"
                    + " when the portal tried to " + what + "; it will be tried again", f, true);
            case OperationNotFoundException o -> VendingErrors.words("CloudFormation does not know the operation"
                    + " (the portal tried to " + what + ")", f, false);
            case InvalidOperationException i -> VendingErrors.words("CloudFormation refused to " + what
                    + " (check the stack set's permission model and the portal's StackSets settings)", f, false);
            default -> null;
        };
    }
}
