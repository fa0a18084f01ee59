package dev.skyway.portal.accounts.internal.aws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.accounts.internal.vending.AccountVendor;
import dev.skyway.portal.accounts.internal.vending.Recovery;
import dev.skyway.portal.accounts.internal.vending.VendingCommand;
import dev.skyway.portal.accounts.internal.vending.VendingException;
import dev.skyway.portal.accounts.internal.vending.VendingProgress;
import dev.skyway.portal.platform.aws.AwsFailure;
import dev.skyway.portal.platform.aws.AwsPages;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;
import software.amazon.awssdk.services.servicecatalog.model.DescribeRecordResponse;
import software.amazon.awssdk.services.servicecatalog.model.DuplicateResourceException;
import software.amazon.awssdk.services.servicecatalog.model.InvalidParametersException;
import software.amazon.awssdk.services.servicecatalog.model.InvalidStateException;
import software.amazon.awssdk.services.servicecatalog.model.LimitExceededException;
import software.amazon.awssdk.services.servicecatalog.model.ProvisioningParameter;
import software.amazon.awssdk.services.servicecatalog.model.RecordDetail;
import software.amazon.awssdk.services.servicecatalog.model.RecordOutput;
import software.amazon.awssdk.services.servicecatalog.model.ResourceNotFoundException;
import software.amazon.awssdk.services.servicecatalog.model.Tag;

/**
 * Account vending with Control Tower's Account Factory ({@code control-tower}), a Service Catalog product:
 * {@code ProvisionProduct} with the Account Factory parameters and the command's idempotency key as
 * {@code ProvisionToken}, polled with {@code DescribeRecord} until the record's {@code AccountId} output appears.
 * Control Tower creates the account in the OU and enrolls it, so {@link #place} has nothing to do.
 */
public class AccountFactoryVendor implements AccountVendor {

    public static final String NAME = "control-tower";
    static final String SERVICE = "AWS Service Catalog (Control Tower Account Factory)";

    private static final Pattern TOKEN = Pattern.compile("[a-zA-Z0-9_-]{1,128}");
    private static final Pattern NOT_NAME_CHAR = Pattern.compile("[^a-zA-Z0-9._-]+");

    private final ServiceCatalogClient client;
    private final String productId;
    private final String provisioningArtifactId;
    private final @Nullable String pathId;

    /**
     * @param client                 Service Catalog client in Control Tower's home region, as a principal with
     *                               access to the Account Factory portfolio. The adapter does not close it.
     * @param productId              the Account Factory product ({@code prod-...})
     * @param provisioningArtifactId its provisioning artifact (version, {@code pa-...})
     * @param pathId                 the launch path ({@code lpv2-...} / {@code lpv3-...}); without one, Service
     *                               Catalog picks it (works when the principal has exactly one path)
     */
    public AccountFactoryVendor(ServiceCatalogClient client, String productId, String provisioningArtifactId,
                                @Nullable String pathId) {
        this.client = Objects.requireNonNull(client, "client");
        this.productId = Objects.requireNonNull(productId, "productId");
        this.provisioningArtifactId = Objects.requireNonNull(provisioningArtifactId, "provisioningArtifactId");
        this.pathId = pathId == null || pathId.isBlank() ? null : pathId;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @return the Service Catalog record id ({@code rec-...}) */
    @Override
    public String start(VendingCommand command) {
        String what = "provision account " + command.accountName() + " with the Account Factory";
        RecordDetail record = VendingErrors.call(SERVICE, what, e -> translate(what, e),
                () -> client.provisionProduct(r -> r
                        .productId(productId)
                        .provisioningArtifactId(provisioningArtifactId)
                        .pathId(pathId)
                        .provisionedProductName(provisionedProductName(command.accountName()))
                        .provisioningParameters(parameters(command))
                        .tags(command.tags().entrySet().stream().sorted(Map.Entry.comparingByKey())
                                .map(t -> Tag.builder().key(t.getKey()).value(t.getValue()).build()).toList())
                        .provisionToken(provisionToken(command.idempotencyKey()))))
                .recordDetail();
        return record.recordId();
    }

    /**
     * Sends the same {@code ProvisionProduct} again. This is safe because Service Catalog treats a repeated
     * {@code ProvisionToken} as the same request and answers with the record of the first one instead of
     * provisioning a second product; if the first call never reached AWS, this one starts the provisioning, once.
     */
    @Override
    public Recovery find(VendingCommand command, Instant sentAt) {
        String recordId = start(command);
        return new Recovery.Found(recordId, "Service Catalog answered the same ProvisionToken with record " + recordId);
    }

    @Override
    public VendingProgress progress(String operationId) {
        String what = "read Account Factory record " + operationId;
        // the SDK has no paginator for DescribeRecord: its outputs come in pages of PageToken/NextPageToken
        List<DescribeRecordResponse> pages = VendingErrors.call(SERVICE, what, e -> translate(what, e),
                () -> AwsPages.all(token -> client.describeRecord(r -> r.id(operationId).pageToken(token)),
                        DescribeRecordResponse::nextPageToken));
        RecordDetail record = pages.getLast().recordDetail();
        List<RecordOutput> outputs = pages.stream().flatMap(page -> page.recordOutputs().stream()).toList();
        return switch (record.status()) {
            case CREATED, IN_PROGRESS, IN_PROGRESS_IN_ERROR -> VendingProgress.inProgress();
            case SUCCEEDED -> outputs.stream().filter(o -> "AccountId".equals(o.outputKey())).findFirst()
                    .map(o -> VendingProgress.succeeded(o.outputValue()))
                    .orElseThrow(() -> new VendingException("The Account Factory reported success for record "
                            + operationId + " but gave no AccountId output", null, null, false, null));
            case FAILED -> failed(record);
            case null, default -> throw new VendingException("Service Catalog reported an unknown status "
                    + record.statusAsString() + " for record " + operationId, record.statusAsString(), null, true,
                    null);
        };
    }

    private static VendingProgress failed(RecordDetail record) {
        if (record.recordErrors().isEmpty()) {
            return VendingProgress.failed("FAILED", "The Account Factory could not create the account and gave no"
                    + " reason; see the provisioned product " + record.provisionedProductName() + " in Service"
                    + " Catalog and Control Tower");
        }
        String codes = record.recordErrors().stream().map(e -> e.code()).filter(Objects::nonNull)
                .collect(Collectors.joining(","));
        String reasons = record.recordErrors().stream()
                .map(e -> e.description() == null ? e.code() : e.description())
                .collect(Collectors.joining("; "));
        return VendingProgress.failed(codes.isEmpty() ? "FAILED" : codes,
                "The Account Factory could not create the account: " + reasons);
    }

    /** Control Tower has already created the account in its OU and enrolled it. */
    @Override
    public void place(String accountId, VendingCommand command) {
        // nothing to do
    }

    static List<ProvisioningParameter> parameters(VendingCommand command) {
        return List.of(
                parameter("AccountName", command.accountName()),
                parameter("AccountEmail", command.accountEmail()),
                parameter("SSOUserEmail", command.ssoUserEmail()),
                parameter("SSOUserFirstName", command.ssoUserFirstName()),
                parameter("SSOUserLastName", command.ssoUserLastName()),
                parameter("ManagedOrganizationalUnit", command.managedOrganizationalUnit()));
    }

    private static ProvisioningParameter parameter(String key, String value) {
        return ProvisioningParameter.builder().key(key).value(value).build();
    }

    /**
     * Service Catalog allows letters, digits, {@code . _ -}, starting with a letter or digit, at most 128: other
     * characters become {@code -}.
     */
    static String provisionedProductName(String accountName) {
        String name = NOT_NAME_CHAR.matcher(accountName.strip()).replaceAll("-");
        name = name.replaceFirst("^[^a-zA-Z0-9]+", "");
        if (name.isEmpty()) {
            name = "account";
        }
        return name.length() > 128 ? name.substring(0, 128) : name;
    }

    /** The key itself when Service Catalog accepts it ({@code [a-zA-Z0-9_-]}, 1-128), else a stable hash of it. */
    static String provisionToken(String idempotencyKey) {
        if (TOKEN.matcher(idempotencyKey).matches()) {
            return idempotencyKey;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static VendingException translate(String what, AwsFailure f) {
        return switch (f.exception()) {
            case LimitExceededException l -> VendingErrors.words("Too many Account Factory requests are running"
                    + " (Control Tower allows a few at a time); it will be tried again", f, true);
            case ResourceNotFoundException r -> VendingErrors.words("The Account Factory product, version or launch"
                    + " path configured in the portal does not exist or is not shared with the portal's role"
                    + " (the portal tried to " + what + ")", f, false);
            case InvalidParametersException i -> VendingErrors.words("The Account Factory refused the request's"
                    + " parameters (account name, email, SSO user or organizational unit)", f, false);
            case DuplicateResourceException d -> VendingErrors.words("A provisioned product with this account's"
                    + " name already exists in Service Catalog; choose another account name", f, false);
            case InvalidStateException s -> VendingErrors.words("The Account Factory product is not in a state"
                    + " that allows provisioning; it will be tried again", f, true);
            default -> null;
        };
    }
}
