package dev.skyway.portal.provisioning.internal.aws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsErrorKind;
import dev.skyway.portal.provisioning.ProductStatus;
import dev.skyway.portal.provisioning.internal.Provisioner;
import dev.skyway.portal.provisioning.internal.ProvisioningException;
import dev.skyway.portal.provisioning.internal.ProvisioningRetryableException;

import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;
import software.amazon.awssdk.services.servicecatalog.model.DescribeRecordResponse;
import software.amazon.awssdk.services.servicecatalog.model.ProvisionedProductDetail;
import software.amazon.awssdk.services.servicecatalog.model.ProvisioningParameter;
import software.amazon.awssdk.services.servicecatalog.model.RecordError;
import software.amazon.awssdk.services.servicecatalog.model.RecordOutput;
import software.amazon.awssdk.services.servicecatalog.model.Tag;
import software.amazon.awssdk.services.servicecatalog.model.UpdateProvisioningParameter;

/**
 * Provisions through AWS Service Catalog: {@code ProvisionProduct} with the request's persisted ProvisionToken (AWS
 * returns the same record for a repeated token), then {@code DescribeRecord} until the record is done. The product is
 * provisioned into the account of the portal's credentials (Service Catalog launch constraints decide the role);
 * the request's account id is passed as the {@code skyway:account} tag.
 */
public class AwsProvisioner implements Provisioner {

    private final ServiceCatalogClient client;

    public AwsProvisioner(ServiceCatalogClient client) {
        this.client = client;
    }

    @Override
    public String provision(Command c) {
        List<ProvisioningParameter> parameters = c.parameters().entrySet().stream()
                .map(e -> ProvisioningParameter.builder().key(e.getKey()).value(e.getValue()).build()).toList();
        Map<String, String> tags = new LinkedHashMap<>(c.tags());
        tags.put("skyway:account", c.accountId());
        List<Tag> awsTags = tags.entrySet().stream()
                .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
        return translate("provisioning " + c.productId(), () -> client.provisionProduct(b -> b
                .productId(c.productId()).provisioningArtifactId(c.versionId())
                .provisionedProductName(c.provisionedName()).provisionToken(c.provisionToken())
                .provisioningParameters(parameters).tags(awsTags)).recordDetail().recordId());
    }

    @Override
    public String update(UpdateCommand c) {
        List<UpdateProvisioningParameter> parameters = new java.util.ArrayList<>();
        c.parameters().forEach((key, value) -> parameters.add(UpdateProvisioningParameter.builder().key(key)
                .value(value).build()));
        c.usePreviousValue().forEach(key -> parameters.add(UpdateProvisioningParameter.builder().key(key)
                .usePreviousValue(true).build()));
        return translate("updating " + c.provisionedName(), () -> client.updateProvisionedProduct(b -> {
            if (c.provisionedProductId() != null) {
                b.provisionedProductId(c.provisionedProductId());
            } else {
                b.provisionedProductName(c.provisionedName());
            }
            b.productId(c.productId()).provisioningArtifactId(c.versionId()).updateToken(c.updateToken())
                    .provisioningParameters(parameters);
        }).recordDetail().recordId());
    }

    @Override
    public String terminate(TerminateCommand c) {
        return translate("terminating " + c.provisionedName(), () -> client.terminateProvisionedProduct(b -> {
            if (c.provisionedProductId() != null) {
                b.provisionedProductId(c.provisionedProductId());
            } else {
                b.provisionedProductName(c.provisionedName());
            }
            b.terminateToken(c.terminateToken());
        }).recordDetail().recordId());
    }

    @Override
    public Record describe(String recordId) {
        DescribeRecordResponse response = translate("record " + recordId,
                () -> client.describeRecord(b -> b.id(recordId)));
        String status = response.recordDetail().statusAsString();
        String productId = response.recordDetail().provisionedProductId();
        return switch (status) {
            case "SUCCEEDED" -> {
                ProvisionedProductDetail product = product(productId);
                ProductStatus health = product == null ? null : ProductStatus.ofAws(product.statusAsString());
                String message = product == null || product.statusMessage() == null
                        || product.statusMessage().isBlank() ? null : product.statusMessage();
                yield health != null && !health.healthy()
                        ? new Record(recordId, State.FAILED, "AWS reports the provisioned product " + productId
                        + " as " + health + ": " + (message == null ? "no message from AWS" : message), Map.of(),
                        productId, health, message)
                        : new Record(recordId, State.SUCCEEDED, null, response.recordOutputs().stream()
                        .collect(Collectors.toMap(RecordOutput::outputKey, RecordOutput::outputValue, (a, b) -> a,
                                LinkedHashMap::new)), productId, health, null);
            }
            case "FAILED" -> new Record(recordId, State.FAILED, errors(response.recordDetail().recordErrors()),
                    Map.of(), productId);
            default -> new Record(recordId, State.IN_PROGRESS, null, Map.of(), productId);
        };
    }

    /**
     * The provisioned product a record names (DescribeProvisionedProduct): a record can succeed while the product is
     * not usable, AWS then reports it TAINTED (a stable product whose last change failed) or ERROR. Absent when the
     * record names no product.
     */
    private @Nullable ProvisionedProductDetail product(@Nullable String provisionedProductId) {
        if (provisionedProductId == null || provisionedProductId.isBlank()) {
            return null;
        }
        return translate("provisioned product " + provisionedProductId,
                () -> client.describeProvisionedProduct(b -> b.id(provisionedProductId))).provisionedProductDetail();
    }

    private static String errors(List<RecordError> errors) {
        if (errors == null || errors.isEmpty()) {
            return "Service Catalog reported the provisioning as failed without saying why";
        }
        return errors.stream().map(RecordError::description).collect(Collectors.joining("; "));
    }

    /**
     * Throttling ({@code ThrottlingException}, HTTP 429, {@code LimitExceededException}) and an unreachable service
     * become {@link ProvisioningRetryableException} (the poller repeats the call later with the same token); anything
     * else a {@link ProvisioningException} in the platform's words ({@link AwsCall}).
     */
    private static <T> T translate(String what, Supplier<T> call) {
        return AwsCall.to("Service Catalog", "work on " + what).run(call, failure -> {
            if (failure.kind() == AwsErrorKind.THROTTLED || "LimitExceededException".equals(failure.errorCode())) {
                return new ProvisioningRetryableException("AWS is throttling; will retry (" + failure.label()
                        + " while working on " + what + ", request id " + failure.requestId() + ")", true,
                        failure.exception());
            }
            if (failure.kind() == AwsErrorKind.UNREACHABLE) {
                return new ProvisioningRetryableException("Service Catalog could not be reached while working on "
                        + what + "; will retry: " + failure.detail(), false, failure.exception());
            }
            return new ProvisioningException(failure.messageWithRequestId(), failure.exception());
        });
    }
}
