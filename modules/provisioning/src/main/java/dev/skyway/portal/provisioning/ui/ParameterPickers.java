package dev.skyway.portal.provisioning.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.html.Span;

import dev.skyway.portal.catalog.AwsParameterType;
import dev.skyway.portal.catalog.ParameterDescriptor;
import dev.skyway.portal.provisioning.NetworkPickers;

/**
 * The request form's pickers, refilled when the account changes (all of them) and when the VPC changes (subnets and
 * security groups, filtered by it, as the CloudFormation console does); and the read-only value each
 * {@code AWS::SSM::Parameter::Value<...>} parameter resolves to in the account.
 */
class ParameterPickers {

    private final transient NetworkPickers pickers;
    final Map<String, AwsParameterField> fields = new LinkedHashMap<>();
    final Map<String, Span> resolved = new LinkedHashMap<>();
    private final Map<String, com.vaadin.flow.component.HasValue<?, String>> ssmNames = new LinkedHashMap<>();
    private String accountId = "";

    ParameterPickers(NetworkPickers pickers) {
        this.pickers = pickers;
    }

    AwsParameterField field(ParameterDescriptor parameter, String help) {
        AwsParameterField field = new AwsParameterField(parameter, help);
        fields.put(parameter.key(), field);
        if (AwsParameterType.of(parameter.type()).orElse(null) == AwsParameterType.VPC_ID) {
            field.addValueChangeListener(e -> refreshFilteredByVpc());
        }
        return field;
    }

    /** A line under an SSM parameter's field for the value it resolves to; updated with the account. */
    Span resolvedValue(ParameterDescriptor parameter, com.vaadin.flow.component.HasValue<?, String> nameField) {
        Span value = new Span("Enter the 12-digit account id to see the value");
        value.addClassName("parameter-resolved");
        value.getElement().setAttribute("data-resolved", parameter.key());
        resolved.put(parameter.key(), value);
        ssmNames.put(parameter.key(), nameField);
        nameField.addValueChangeListener(e -> resolve(parameter.key()));
        return value;
    }

    /** A new form: the pickers of the previous one are forgotten. */
    void reset() {
        fields.clear();
        resolved.clear();
        ssmNames.clear();
        accountId = "";
    }

    void accountChanged(String newAccountId) {
        accountId = newAccountId == null ? "" : newAccountId.strip();
        fields.values().stream().filter(f -> !filteredByVpc(f)).forEach(this::refresh);
        refreshFilteredByVpc();
        ssmNames.keySet().forEach(this::resolve);
    }

    private void resolve(String key) {
        String name = ssmNames.get(key).getValue();
        resolved.get(key).setText(name == null || name.isBlank() ? "" : pickers.resolvedValue(accountId,
                name.strip()));
    }

    private void refreshFilteredByVpc() {
        fields.values().stream().filter(ParameterPickers::filteredByVpc).forEach(this::refresh);
    }

    private void refresh(AwsParameterField field) {
        if (!accountId.matches("\\d{12}")) {
            field.waitForAccount("Enter the 12-digit account id to choose from its resources");
            return;
        }
        field.show(pickers.choices(field.parameter, accountId, chosenVpc()));
    }

    /** The first VPC parameter's value: the VPC the template's subnets and groups belong to. */
    private String chosenVpc() {
        return fields.values().stream()
                .filter(f -> AwsParameterType.of(f.parameter.type()).orElse(null) == AwsParameterType.VPC_ID
                        && !AwsParameterType.isList(f.parameter.type()))
                .map(AwsParameterField::getValue).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    private static boolean filteredByVpc(AwsParameterField field) {
        AwsParameterType type = AwsParameterType.of(field.parameter.type()).orElse(null);
        return type == AwsParameterType.SUBNET_ID || type == AwsParameterType.SECURITY_GROUP_ID;
    }
}
