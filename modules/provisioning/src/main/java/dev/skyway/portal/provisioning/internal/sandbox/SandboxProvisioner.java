package dev.skyway.portal.provisioning.internal.sandbox;

import static dev.skyway.schema.provisioning.Tables.SANDBOX_PROVISIONING_RECORD;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

import dev.skyway.portal.provisioning.ProductStatus;
import dev.skyway.portal.provisioning.internal.Provisioner;
import dev.skyway.portal.provisioning.internal.ProvisioningException;
import dev.skyway.schema.provisioning.tables.records.SandboxProvisioningRecordRecord;

/**
 * The sandbox account's provisioning, asynchronous like AWS: {@link #provision} stores a record IN_PROGRESS (the same
 * record again for a token it has seen), and {@link #describe} finishes a record once {@code provisioningDelay} has
 * passed on the injected clock. It then FAILS when a product of the same product id with the same provisioned name
 * already succeeded in the same account (as a second S3 bucket or RDS instance of that name would), and SUCCEEDS
 * otherwise, with outputs derived from the product's parameters (bucket name and ARN, DB endpoint, VPC id, ...).
 * {@link #update} and {@link #terminate} work on the provisioned product ({@code pp-...}) of a succeeded provisioning
 * the same way: an UPDATE record finishes with outputs from the new values, a TERMINATE record marks the product
 * terminated (its name is free again). A product that is unknown or already terminated is refused.
 * State lives in {@code provisioning.sandbox_provisioning_record}, so it survives restarts. No NoEcho value is stored.
 * The tags are kept with the record ({@code provisioning.sandbox_record_tag}) and checked as AWS does
 * ({@link SandboxRecordValues}).
 *
 * <p>Failures after provisioning, as AWS has them (the record SUCCEEDS, the provisioned product is not usable, and
 * {@link #describe} reports FAILED with "AWS reports the provisioned product pp-... as TAINTED|ERROR: message", word
 * for word as the AWS adapter does):
 * <ul>
 * <li>a product whose provisioned name ends in {@value #TAINTED_SUFFIX} comes out TAINTED (the launch role could not
 * tag its resources; the stack was rolled back). Provisioning the same name again (a retry) replaces the tainted
 * product and succeeds: the trigger fires only on the first attempt.</li>
 * <li>an update that renames the product (a new value for its {@code *Name}/{@code *NameSuffix} parameter; a
 * custom-named resource cannot be replaced) leaves it in ERROR. The next update of a product in ERROR (a retry)
 * goes through and repairs it.</li>
 * </ul>
 */
public class SandboxProvisioner implements Provisioner {

    static final String REGION = "eu-central-1";
    static final String PROVISION = "PROVISION";
    static final String UPDATE = "UPDATE";
    static final String TERMINATE = "TERMINATE";
    /** A provisioned name that ends like this comes out TAINTED on its first provisioning (documented trigger). */
    static final String TAINTED_SUFFIX = "-tainted";
    static final String TAINTED = "TAINTED";
    static final String ERROR = "ERROR";
    private static final java.util.regex.Pattern NAME_KEY = java.util.regex.Pattern.compile(".*(Name|NameSuffix)$");

    private final DSLContext db;
    private final SandboxRecordValues values;
    private final Clock clock;
    private final Duration provisioningDelay;

    public SandboxProvisioner(DSLContext db, Clock clock, Duration provisioningDelay) {
        this.db = db;
        this.values = new SandboxRecordValues(db);
        this.clock = clock;
        this.provisioningDelay = provisioningDelay;
    }

    @Override
    public String provision(Command command) {
        var known = db.selectFrom(SANDBOX_PROVISIONING_RECORD)
                .where(SANDBOX_PROVISIONING_RECORD.PROVISION_TOKEN.eq(command.provisionToken())).fetchOptional();
        if (known.isPresent()) {
            return known.get().getId();
        }
        if (!command.accountId().matches("\\d{12}")) {
            throw new ProvisioningException("The account id " + command.accountId() + " is not an AWS account id");
        }
        SandboxRecordValues.checkTags(command.tags());
        String id = "rec-" + SandboxOutputs.hex(command.provisionToken(), 13);
        db.insertInto(SANDBOX_PROVISIONING_RECORD)
                .set(SANDBOX_PROVISIONING_RECORD.ID, id)
                .set(SANDBOX_PROVISIONING_RECORD.PROVISION_TOKEN, command.provisionToken())
                .set(SANDBOX_PROVISIONING_RECORD.PRODUCT_ID, command.productId())
                .set(SANDBOX_PROVISIONING_RECORD.ACCOUNT_ID, command.accountId())
                .set(SANDBOX_PROVISIONING_RECORD.PROVISIONED_NAME, command.provisionedName())
                .set(SANDBOX_PROVISIONING_RECORD.STATUS, State.IN_PROGRESS.name())
                .set(SANDBOX_PROVISIONING_RECORD.STARTED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .set(SANDBOX_PROVISIONING_RECORD.KIND, PROVISION)
                .set(SANDBOX_PROVISIONING_RECORD.PROVISIONED_PRODUCT_ID,
                        "pp-" + SandboxOutputs.hex(command.provisionToken() + "pp", 13))
                .execute();
        values.saveOutputs(id, SandboxOutputs.of(command, REGION));
        values.saveTags(id, command.tags());
        return id;
    }

    @Override
    public String update(UpdateCommand command) {
        var known = byToken(command.updateToken());
        if (known != null) {
            return known;
        }
        SandboxProvisioningRecordRecord product = liveProduct(command.provisionedProductId(),
                command.provisionedName(), command.accountId());
        String id = insert(UPDATE, command.updateToken(), product);
        String renamed = newName(command);
        if (renamed != null && !renamed.equals(product.getProvisionedName())
                && !ERROR.equals(product.getProductStatus())) {
            // decided now, revealed when the record finishes (a retry finds the product in ERROR and goes through)
            db.update(SANDBOX_PROVISIONING_RECORD).set(SANDBOX_PROVISIONING_RECORD.PRODUCT_STATUS, ERROR)
                    .set(SANDBOX_PROVISIONING_RECORD.STATUS_MESSAGE, stack(product) + " UPDATE_ROLLBACK_FAILED: "
                            + "CloudFormation cannot update a stack when a custom-named resource requires replacing. "
                            + "Rename " + renamed + " and update the stack again.")
                    .where(SANDBOX_PROVISIONING_RECORD.ID.eq(id)).execute();
        }
        values.saveOutputs(id, SandboxOutputs.of(new Command(product.getProductId(), command.versionId(),
                product.getAccountId(), product.getProvisionedName(), product.getProvisionToken(),
                command.parameters(), Map.of()), REGION));
        return id;
    }

    @Override
    public String terminate(TerminateCommand command) {
        var known = byToken(command.terminateToken());
        if (known != null) {
            return known;
        }
        return insert(TERMINATE, command.terminateToken(),
                liveProduct(command.provisionedProductId(), command.provisionedName(), null));
    }

    private String byToken(String token) {
        return db.select(SANDBOX_PROVISIONING_RECORD.ID).from(SANDBOX_PROVISIONING_RECORD)
                .where(SANDBOX_PROVISIONING_RECORD.PROVISION_TOKEN.eq(token)).fetchOne(SANDBOX_PROVISIONING_RECORD.ID);
    }

    /** The succeeded, not terminated PROVISION record of a product. */
    private SandboxProvisioningRecordRecord liveProduct(String productId, String name, String accountId) {
        var where = SANDBOX_PROVISIONING_RECORD.KIND.eq(PROVISION)
                .and(SANDBOX_PROVISIONING_RECORD.STATUS.eq(State.SUCCEEDED.name()))
                .and(SANDBOX_PROVISIONING_RECORD.TERMINATED_AT.isNull());
        where = productId != null ? where.and(SANDBOX_PROVISIONING_RECORD.PROVISIONED_PRODUCT_ID.eq(productId))
                : where.and(SANDBOX_PROVISIONING_RECORD.PROVISIONED_NAME.eq(name));
        if (productId == null && accountId != null) {
            where = where.and(SANDBOX_PROVISIONING_RECORD.ACCOUNT_ID.eq(accountId));
        }
        return db.selectFrom(SANDBOX_PROVISIONING_RECORD).where(where).limit(1).fetchOptional()
                .orElseThrow(() -> new ProvisioningException("The sandbox has no provisioned product "
                        + (productId == null ? name : productId) + " (never provisioned, or terminated)"));
    }

    private String insert(String kind, String token, SandboxProvisioningRecordRecord product) {
        String id = "rec-" + SandboxOutputs.hex(token, 13);
        db.insertInto(SANDBOX_PROVISIONING_RECORD)
                .set(SANDBOX_PROVISIONING_RECORD.ID, id)
                .set(SANDBOX_PROVISIONING_RECORD.PROVISION_TOKEN, token)
                .set(SANDBOX_PROVISIONING_RECORD.PRODUCT_ID, product.getProductId())
                .set(SANDBOX_PROVISIONING_RECORD.ACCOUNT_ID, product.getAccountId())
                .set(SANDBOX_PROVISIONING_RECORD.PROVISIONED_NAME, product.getProvisionedName())
                .set(SANDBOX_PROVISIONING_RECORD.STATUS, State.IN_PROGRESS.name())
                .set(SANDBOX_PROVISIONING_RECORD.STARTED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .set(SANDBOX_PROVISIONING_RECORD.KIND, kind)
                .set(SANDBOX_PROVISIONING_RECORD.PROVISIONED_PRODUCT_ID, product.getProvisionedProductId())
                .execute();
        return id;
    }

    /** The name an update asks for: the first parameter named {@code *Name}/{@code *NameSuffix}; absent when none. */
    private static @Nullable String newName(UpdateCommand command) {
        return command.parameters().entrySet().stream()
                .filter(e -> NAME_KEY.matcher(e.getKey()).matches() && !command.usePreviousValue().contains(e.getKey())
                        && e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getValue().replaceAll("[^A-Za-z0-9._-]", "-")).findFirst().orElse(null);
    }

    /** The CloudFormation stack Service Catalog runs for a provisioned product, as its messages name it. */
    private static String stack(SandboxProvisioningRecordRecord r) {
        return "Stack arn:aws:cloudformation:" + REGION + ":" + r.getAccountId() + ":stack/SC-" + r.getAccountId()
                + "-" + r.getProvisionedProductId() + "/" + SandboxOutputs.hex(r.getProvisionedProductId(), 8);
    }

    /** The tags a record was provisioned with, in the order given. */
    public Map<String, String> tags(String recordId) {
        return values.tags(recordId);
    }

    @Override
    public Record describe(String recordId) {
        SandboxProvisioningRecordRecord r = db.selectFrom(SANDBOX_PROVISIONING_RECORD)
                .where(SANDBOX_PROVISIONING_RECORD.ID.eq(recordId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new ProvisioningException("The sandbox has no provisioning record " + recordId));
        Instant now = clock.instant();
        if (State.valueOf(r.getStatus()) == State.IN_PROGRESS
                && !now.isBefore(r.getStartedAt().toInstant().plus(provisioningDelay))) {
            finish(r, now);
        }
        State state = State.valueOf(r.getStatus());
        if (state == State.SUCCEEDED && r.getProductStatus() != null) {
            // as AWS: the record succeeded, the provisioned product did not come out usable
            return new Record(r.getId(), State.FAILED, "AWS reports the provisioned product "
                    + r.getProvisionedProductId() + " as " + r.getProductStatus() + ": " + r.getStatusMessage(),
                    Map.of(), r.getProvisionedProductId(), ProductStatus.valueOf(r.getProductStatus()),
                    r.getStatusMessage());
        }
        return new Record(r.getId(), state, r.getError(),
                state == State.SUCCEEDED ? values.outputs(recordId) : Map.of(),
                r.getProvisionedProductId(), state == State.SUCCEEDED && !TERMINATE.equals(r.getKind())
                ? ProductStatus.AVAILABLE : null, null);
    }

    private void finish(SandboxProvisioningRecordRecord r, Instant now) {
        if (TERMINATE.equals(r.getKind())) {
            db.update(SANDBOX_PROVISIONING_RECORD).set(SANDBOX_PROVISIONING_RECORD.TERMINATED_AT,
                            now.atOffset(ZoneOffset.UTC))
                    .where(SANDBOX_PROVISIONING_RECORD.PROVISIONED_PRODUCT_ID.eq(r.getProvisionedProductId())
                            .and(SANDBOX_PROVISIONING_RECORD.KIND.eq(PROVISION))).execute();
        }
        if (UPDATE.equals(r.getKind())) {
            // the product takes the status this update leaves it in (a successful update repairs an ERROR)
            db.update(SANDBOX_PROVISIONING_RECORD)
                    .set(SANDBOX_PROVISIONING_RECORD.PRODUCT_STATUS, r.getProductStatus())
                    .set(SANDBOX_PROVISIONING_RECORD.STATUS_MESSAGE, r.getStatusMessage())
                    .where(SANDBOX_PROVISIONING_RECORD.PROVISIONED_PRODUCT_ID.eq(r.getProvisionedProductId())
                            .and(SANDBOX_PROVISIONING_RECORD.KIND.eq(PROVISION))).execute();
        }
        SandboxProvisioningRecordRecord namesake = PROVISION.equals(r.getKind()) ? db.selectFrom(
                        SANDBOX_PROVISIONING_RECORD).where(SANDBOX_PROVISIONING_RECORD.PRODUCT_ID.eq(r.getProductId())
                        .and(SANDBOX_PROVISIONING_RECORD.ACCOUNT_ID.eq(r.getAccountId()))
                        .and(SANDBOX_PROVISIONING_RECORD.PROVISIONED_NAME.eq(r.getProvisionedName()))
                        .and(SANDBOX_PROVISIONING_RECORD.STATUS.eq(State.SUCCEEDED.name()))
                        .and(SANDBOX_PROVISIONING_RECORD.KIND.eq(PROVISION))
                        .and(SANDBOX_PROVISIONING_RECORD.TERMINATED_AT.isNull())
                        .and(SANDBOX_PROVISIONING_RECORD.ID.ne(r.getId()))).limit(1).fetchOptional().orElse(null)
                : null;
        if (namesake != null && TAINTED.equals(namesake.getProductStatus())) {
            // provisioning again what came out TAINTED (a retry): the new product replaces it, and comes out fine
            namesake.setTerminatedAt(now.atOffset(ZoneOffset.UTC));
            namesake.store();
            r.setStatus(State.SUCCEEDED.name());
        } else if (namesake != null) {
            r.setStatus(State.FAILED.name());
            r.setError("A product named \"" + r.getProvisionedName() + "\" of this kind already exists in account "
                    + r.getAccountId() + ". Choose another name and request it again.");
        } else {
            r.setStatus(State.SUCCEEDED.name());
            if (PROVISION.equals(r.getKind()) && r.getProvisionedName().endsWith(TAINTED_SUFFIX)) {
                r.setProductStatus(TAINTED);
                r.setStatusMessage(stack(r) + " UPDATE_ROLLBACK_COMPLETE: Resource handler returned message: "
                        + "\"Access Denied (Service: Tagging, Status Code: 403, Request ID: "
                        + SandboxOutputs.hex(r.getId(), 16).toUpperCase(java.util.Locale.ROOT)
                        + ")\" while the launch role tagged the stack's resources; the stack was rolled back to its "
                        + "last working state");
            }
        }
        r.setCompletedAt(now.atOffset(ZoneOffset.UTC));
        r.store();
    }
}
