package dev.skyway.portal.accounts.internal.sandbox;

import static dev.skyway.schema.accounts.Tables.SANDBOX_STACK_SET_OPERATION;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.transaction.annotation.Transactional;

import dev.skyway.portal.accounts.internal.vending.BaselineDeployer;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.schema.accounts.tables.records.SandboxStackSetOperationRecord;

/**
 * StackSets' CreateStackInstances in the simulation: an operation per {@code operationId} (idempotent, as StackSets'
 * OperationId) that succeeds {@code baselineDelay} later. Documented failure: an account tagged
 * {@value #FAIL_TAG}{@code =<stack set name>} makes that stack set's operation fail with a stack instance reason.
 */
public class SandboxBaselineDeployer implements BaselineDeployer {

    public static final String FAIL_TAG = "sandbox-fail-baseline";

    private final DSLContext db;
    private final SandboxOrganization organization;
    private final Clock clock;
    private final Duration delay;

    public SandboxBaselineDeployer(DSLContext db, SandboxOrganization organization, Clock clock, Duration delay) {
        this.db = db;
        this.organization = organization;
        this.clock = clock;
        this.delay = delay;
    }

    @Override
    @Transactional
    public String deploy(String stackSetName, String accountId, List<String> regions, String operationId) {
        if (db.fetchExists(SANDBOX_STACK_SET_OPERATION, SANDBOX_STACK_SET_OPERATION.OPERATION_ID.eq(operationId))) {
            return operationId;
        }
        if (!organization.hasAccount(accountId)) {
            throw new VendingException("Account " + accountId + " is not in the organization",
                    "StackInstanceNotFoundException", null, false, null);
        }
        db.insertInto(SANDBOX_STACK_SET_OPERATION).set(SANDBOX_STACK_SET_OPERATION.OPERATION_ID, operationId)
                .set(SANDBOX_STACK_SET_OPERATION.STACK_SET_NAME, stackSetName)
                .set(SANDBOX_STACK_SET_OPERATION.ACCOUNT_ID, accountId)
                .set(SANDBOX_STACK_SET_OPERATION.REGIONS, String.join(",", regions))
                .set(SANDBOX_STACK_SET_OPERATION.STATE, "RUNNING")
                .set(SANDBOX_STACK_SET_OPERATION.READY_AT, clock.instant().plus(delay).atOffset(ZoneOffset.UTC))
                .execute();
        return operationId;
    }

    @Override
    @Transactional
    public OperationProgress progress(String stackSetName, String operationId) {
        SandboxStackSetOperationRecord op = db.selectFrom(SANDBOX_STACK_SET_OPERATION)
                .where(SANDBOX_STACK_SET_OPERATION.OPERATION_ID.eq(operationId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new VendingException("No StackSet operation " + operationId,
                        "OperationNotFoundException", null, false, null));
        if ("RUNNING".equals(op.getState()) && !clock.instant().isBefore(op.getReadyAt().toInstant())) {
            boolean fail = organization.account(op.getAccountId())
                    .map(a -> stackSetName.equals(a.tags().get(FAIL_TAG))).orElse(false);
            op.setState(fail ? "FAILED" : "SUCCEEDED");
            op.setMessage(fail ? "Stack instance " + op.getAccountId() + "/" + op.getRegions().split(",")[0]
                    + " CREATE_FAILED: ResourceLogicalId:Baseline, ResourceType:AWS::CloudFormation::WaitCondition, "
                    + "ResourceStatusReason:simulated failure (account tagged " + FAIL_TAG + ")" : null);
            op.update();
        }
        return new OperationProgress(OperationProgress.State.valueOf(op.getState()), op.getMessage());
    }
}
