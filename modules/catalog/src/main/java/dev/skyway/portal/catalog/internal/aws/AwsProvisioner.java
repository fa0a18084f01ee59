package dev.skyway.portal.catalog.internal.aws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.skyway.portal.catalog.internal.CatalogSourceException;
import dev.skyway.portal.catalog.internal.Provisioner;
import dev.skyway.portal.catalog.internal.ProvisioningException;
import software.amazon.awssdk.services.servicecatalog.ServiceCatalogClient;
import software.amazon.awssdk.services.servicecatalog.model.DescribeRecordResponse;
import software.amazon.awssdk.services.servicecatalog.model.ProvisioningParameter;
import software.amazon.awssdk.services.servicecatalog.model.RecordError;
import software.amazon.awssdk.services.servicecatalog.model.RecordOutput;
import software.amazon.awssdk.services.servicecatalog.model.Tag;

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
    public Record describe(String recordId) {
        DescribeRecordResponse response = translate("record " + recordId,
                () -> client.describeRecord(b -> b.id(recordId)));
        String status = response.recordDetail().statusAsString();
        return switch (status) {
            case "SUCCEEDED" -> new Record(recordId, State.SUCCEEDED, null, response.recordOutputs().stream()
                    .collect(Collectors.toMap(RecordOutput::outputKey, RecordOutput::outputValue, (a, b) -> a,
                            LinkedHashMap::new)));
            case "FAILED" -> new Record(recordId, State.FAILED, errors(response.recordDetail().recordErrors()),
                    Map.of());
            default -> new Record(recordId, State.IN_PROGRESS, null, Map.of());
        };
    }

    private static String errors(List<RecordError> errors) {
        if (errors == null || errors.isEmpty()) {
            return "Service Catalog reported the provisioning as failed without saying why";
        }
        return errors.stream().map(RecordError::description).collect(Collectors.joining("; "));
    }

    private static <T> T translate(String what, java.util.function.Supplier<T> call) {
        try {
            return AwsErrors.call(what, call);
        } catch (CatalogSourceException e) {
            throw new ProvisioningException(e.getMessage().replace("reading", "working on"), e);
        }
    }
}
