package dev.skyway.portal.provisioning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;

import dev.skyway.portal.catalog.Catalog;
import dev.skyway.portal.catalog.ProductDetail;
import dev.skyway.portal.catalog.ProductVersion;
import dev.skyway.portal.catalog.internal.TemplateParser;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.NetworkPickers;
import dev.skyway.portal.provisioning.ProductRequests;
import dev.skyway.testsupport.Databases;
import dev.skyway.testsupport.ProvisioningTestApplication;
import dev.skyway.testsupport.TestUsers;

/**
 * The request form's pickers for AWS-specific parameters, browserless over the real facade and the sandbox network:
 * the form of the tab-indented EC2 reference template (VPC, subnets, security group, zone, key pair, SSM AMI).
 */
@SpringBootTest(classes = ProvisioningTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ParameterPickersViewTests extends BrowserlessTest {

    static final String ACCOUNT = "123456789012";
    static final String OTHER_ACCOUNT = "210987654321";

    @Autowired
    Catalog catalog;

    @Autowired
    ProductRequests requests;

    @Autowired
    NetworkPickers networkPickers;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }

    @BeforeEach
    void engineer() {
        TestUsers.loginAs("erin", Role.ENGINEER);
    }

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    ProductRequestView open() throws IOException {
        String template = new ClassPathResource("templates/reference/ec2-linux-tabs.json")
                .getContentAsString(StandardCharsets.UTF_8);
        ProductVersion version = new ProductVersion("pa-ec2", "1.0", null, false, Instant.EPOCH);
        ProductDetail ec2 = new ProductDetail("prod-ec2", "EC2 instance", null, "platform", null, List.of(),
                Map.of(), Map.of(), version, List.of(version), List.of(), new TemplateParser().parameters(template),
                null);
        ProductRequestView view = new ProductRequestView(catalog, requests, networkPickers);
        view.show(ec2);
        UI.getCurrent().add(view);
        return view;
    }

    AwsParameterField picker(ProductRequestView view, String key) {
        return (AwsParameterField) view.parameterFields.get(key);
    }

    static List<String> items(AwsParameterField field) {
        return field.list() ? field.multi.getListDataView().getItems().toList()
                : field.single.getListDataView().getItems().toList();
    }

    @Test
    void awsTypesBecomePickersThatWaitForTheAccount() throws IOException {
        ProductRequestView view = open();

        assertThat(view.pickers.fields).containsOnlyKeys("VpcId", "SubnetIds", "SecurityGroupId",
                "AvailabilityZone", "KeyName");
        assertThat(view.parameterFields.get("InstanceType")).isNotInstanceOf(AwsParameterField.class);
        assertThat(picker(view, "VpcId").single.isEnabled()).isFalse();
        assertThat(picker(view, "SubnetIds").list()).isTrue();
        assertThat(picker(view, "VpcId").reason.getText()).contains("12-digit account id");
    }

    @Test
    void choosingTheAccountFillsEveryPickerAndTheVpcFiltersSubnetsAndGroups() throws IOException {
        ProductRequestView view = open();

        view.accountId.setValue(ACCOUNT);

        AwsParameterField vpc = picker(view, "VpcId");
        assertThat(items(vpc)).hasSize(2).allMatch(id -> id.matches("vpc-[0-9a-f]{17}"));
        assertThat(items(picker(view, "SubnetIds"))).hasSize(12);
        assertThat(items(picker(view, "AvailabilityZone"))).containsExactly("us-east-1a", "us-east-1b",
                "us-east-1c");
        assertThat(items(picker(view, "KeyName"))).containsExactly("ops-9012", "ci-deploy");
        assertThat(view.pickers.resolved.get("LatestAmiId").getText()).matches("Resolves to ami-[0-9a-f]{17} in us-east-1");

        vpc.single.setValue(items(vpc).getFirst());

        assertThat(items(picker(view, "SubnetIds"))).hasSize(6);
        assertThat(items(picker(view, "SecurityGroupId"))).hasSize(3);
        AwsParameterField subnets = picker(view, "SubnetIds");
        subnets.multi.setValue(Set.of(items(subnets).get(2), items(subnets).get(0)));
        // the parameter's value: the chosen ids, comma separated, in the account's order
        assertThat(view.parameterFields.get("SubnetIds").getValue())
                .isEqualTo(items(subnets).get(0) + "," + items(subnets).get(2));
        assertThat(view.request().parameters()).containsEntry("VpcId", items(vpc).getFirst());
    }

    @Test
    void eachAccountHasItsOwnNetwork() throws IOException {
        ProductRequestView view = open();
        view.accountId.setValue(ACCOUNT);
        List<String> first = items(picker(view, "VpcId"));

        view.accountId.setValue(OTHER_ACCOUNT);

        assertThat(items(picker(view, "VpcId"))).hasSize(2).doesNotContainAnyElementsOf(first);
    }

    @Test
    void whenTheLookupFailsTheFieldTakesTextAndSaysWhy() throws IOException {
        ProductRequestView view = open();

        view.accountId.setValue("999000111222");

        AwsParameterField vpc = picker(view, "VpcId");
        assertThat(vpc.text.isVisible()).isTrue();
        assertThat(vpc.single.isVisible()).isFalse();
        assertThat(vpc.reason.getText()).contains("AccessDenied", "Type the value instead");
        vpc.text.setValue("vpc-0abc1234");
        assertThat(view.parameterFields.get("VpcId").getValue()).isEqualTo("vpc-0abc1234");
        assertThat(view.parameterFields.get("LatestAmiId")).isInstanceOf(TextField.class);
    }
}
