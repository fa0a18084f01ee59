package dev.skyway.portal.provisioning.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.PasswordField;

import dev.skyway.portal.approvals.ApprovalTask;
import dev.skyway.portal.approvals.Approvals;
import dev.skyway.portal.approvals.TaskQuery;
import dev.skyway.portal.platform.identity.Role;
import dev.skyway.portal.provisioning.NewProductRequest;
import dev.skyway.portal.provisioning.ProductRequest;
import dev.skyway.portal.provisioning.ProductRequestChanges;
import dev.skyway.portal.provisioning.ProvisionedResources;
import dev.skyway.portal.provisioning.RequestStatus;
import dev.skyway.portal.provisioning.SentBackChanges;
import dev.skyway.portal.provisioning.internal.requests.RequestLifecycle;
import dev.skyway.testsupport.TestUsers;

/**
 * Request detail and the edit form after submission, browserless over the real facades: the approver's comment with
 * "Edit and resubmit" for the requester only; the edit form prefilled (secrets empty, meaning "keep") that resubmits;
 * a failure in plain words with "Retry" that starts a new attempt.
 */
class RequestChangesViewTests extends RequestViewTest {

    @Autowired
    dev.skyway.portal.provisioning.NetworkPickers networkPickers;

    @Autowired
    ProductRequestChanges changes;

    @Autowired
    Approvals approvals;

    @Autowired
    SentBackChanges sentBack;

    @Autowired
    ProvisionedResources resources;

    @Test
    void requesterSeesTheApproversCommentAndEditsThePrefilledFormToResubmit() {
        UUID id = sentBack("use the smaller class");

        RequestDetailView detail = detail(id);
        assertThat(detail.notice.getElement().getTextRecursively())
                .contains("An approver asked for changes: use the smaller class");
        assertThat(detail.notice.edit.isVisible()).isTrue();
        assertThat(detail.notice.edit.getParent()).isPresent();

        EditRequestView edit = new EditRequestView(catalog, requests, changes, sentBack, networkPickers);
        UI.getCurrent().add(edit);
        edit.edit(id);
        assertThat(edit.parameterFields.get("InstanceClass").getValue()).isEqualTo("db.r7g.xlarge");
        assertThat(edit.parameterFields.get("MasterPassword")).isInstanceOfSatisfying(PasswordField.class, f -> {
            assertThat(f.getValue()).isEmpty();
            assertThat(f.getHelperText()).startsWith(EditRequestView.KEEP_SECRET);
        });
        assertThat(edit.justification.getValue()).isEqualTo("orders database");
        assertThat(edit.tags.options.get("cost-center").getValue()).isEqualTo("CC-1001 Payments");
        assertThat(edit.tags.value()).containsEntry("data-classification", "internal");
        assertThat(edit.getElement().getTextRecursively()).contains("use the smaller class");

        edit.parameterFields.get("InstanceClass").setValue("db.m7g.large");
        edit.review();
        assertThat(edit.submit.isEnabled()).isTrue();
        submitIgnoringNavigation(edit);

        ProductRequest resubmitted = requests.get(id);
        assertThat(resubmitted.status()).isEqualTo(RequestStatus.PENDING_APPROVAL);
        assertThat(resubmitted.parameters()).containsEntry("InstanceClass", "db.m7g.large");
    }

    @Test
    void othersSeeTheCommentButNoEditActionAndTheEditFormRefusesThem() {
        UUID id = sentBack("which VPC?");
        TestUsers.loginAs("ivan", Role.ENGINEER);

        RequestDetailView detail = detail(id);
        assertThat(detail.notice.getElement().getTextRecursively()).contains("which VPC?");
        assertThat(detail.notice.edit.getParent()).isEmpty();
        EditRequestView edit = new EditRequestView(catalog, requests, changes, sentBack, networkPickers);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> edit.edit(id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void failureIsShownInPlainWordsAndRetryStartsANewAttempt() {
        String name = "view" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000);
        UUID first = requests.submit(database("dev", "db.t4g.micro", name)).id();
        finishProvisioning(first);
        UUID second = requests.submit(database("dev", "db.t4g.micro", name)).id();
        finishProvisioning(second);
        assertThat(requests.get(second).status()).isEqualTo(RequestStatus.FAILED);

        RequestDetailView detail = detail(second);
        assertThat(detail.notice.getElement().getTextRecursively())
                .contains("Provisioning failed: A product named \"" + name + "\" of this kind already exists");
        assertThat(detail.notice.secrets).isEmpty();

        detail.notice.retry.click();

        assertThat(requests.get(second).status()).isEqualTo(RequestStatus.PROVISIONING);
        assertThat(changes.progress(second).attempt()).isEqualTo(2);
        assertThat(detail.getElement().getTextRecursively()).contains("PROVISIONING");
    }

    @Test
    void theRequesterWithdrawsAPendingRequestAfterConfirming() {
        UUID id = requests.submit(database("prod", "db.r7g.xlarge", "withdrawn")).id();
        RequestDetailView detail = detail(id);
        assertThat(detail.notice.withdraw.getParent()).isPresent();

        detail.notice.withdraw.click();
        roundTrip(); // an opened dialog joins the UI on the way to the browser
        var dialog = UI.getCurrent().getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.confirmdialog.ConfirmDialog)
                .map(c -> (com.vaadin.flow.component.confirmdialog.ConfirmDialog) c).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(requests.get(id).status()).as("nothing before confirming").isEqualTo(RequestStatus.PENDING_APPROVAL);
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(dialog, false));

        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(detail(id).notice.withdraw.getParent()).isEmpty();
    }

    @Test
    void anUpdateSentBackIsEditedInTheUpdateFormPrefilledWithItsNewValues() {
        UUID resource = provisionedBucket("staging", "vu" + Math.abs(UUID.randomUUID().getMostSignificantBits()
                % 100_000));
        UUID update = resources.requestUpdate(resource, Map.of("BucketNameSuffix", requests.get(resource)
                .parameters().get("BucketNameSuffix"), "Versioning", "Suspended", "ExpireAfterDays", "30"),
                "cheaper").id();
        sendBack(update, "keep versioning");

        RequestDetailView detail = detail(update);
        assertThat(detail.notice.edit.getParent()).isPresent();
        assertThat(detail.notice.resubmit.getParent()).isEmpty();
        EditRequestView edit = new EditRequestView(catalog, requests, changes, sentBack, networkPickers);
        UI.getCurrent().add(edit);
        edit.edit(update);
        assertThat(edit.update).isTrue();
        assertThat(edit.parameterFields.get("Versioning").getValue()).isEqualTo("Suspended");
        assertThat(edit.parameterFields.get("ExpireAfterDays").getValue()).isEqualTo("30");
        assertThat(edit.environment.isReadOnly()).isTrue();
        assertThat(edit.accountId.isReadOnly()).isTrue();
        assertThat(edit.getElement().getTextRecursively()).contains("keep versioning");

        edit.parameterFields.get("Versioning").setValue("Maybe");
        edit.review();
        assertThat(edit.submit.isEnabled()).isFalse();
        assertThat(requests.get(update).status()).isEqualTo(RequestStatus.CHANGES_REQUESTED);

        edit.parameterFields.get("Versioning").setValue("Enabled");
        edit.justification.setValue("expire after a month, keep versions");
        edit.review();
        assertThat(edit.submit.isEnabled()).isTrue();
        submitIgnoringNavigation(edit);
        ProductRequest resubmitted = requests.get(update);
        assertThat(resubmitted.status()).isEqualTo(RequestStatus.PENDING_APPROVAL);
        assertThat(resubmitted.parameters()).containsEntry("Versioning", "Enabled");
        assertThat(resubmitted.purpose().justification()).isEqualTo("expire after a month, keep versions");
    }

    @Test
    void aTerminationSentBackIsResubmittedWithARequiredAnswerAfterConfirmingAndTheTimelineShowsIt() {
        UUID resource = provisionedBucket("staging", "vt" + Math.abs(UUID.randomUUID().getMostSignificantBits()
                % 100_000));
        UUID termination = resources.requestTermination(resource, "project ended").id();
        sendBack(termination, "is anything still using it?");

        RequestDetailView detail = detail(termination);
        assertThat(detail.notice.edit.getParent()).as("nothing to edit").isEmpty();
        assertThat(detail.notice.resubmit.getParent()).isPresent();
        detail.notice.resubmit.click();
        assertThat(detail.notice.note.isInvalid()).isTrue();
        assertThat(detail.notice.note.getErrorMessage()).contains("required");
        assertThat(UI.getCurrent().getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.confirmdialog.ConfirmDialog)).isEmpty();

        detail.notice.note.setValue("no traffic for 90 days");
        detail.notice.resubmit.click();
        roundTrip();
        var dialog = UI.getCurrent().getChildren()
                .filter(c -> c instanceof com.vaadin.flow.component.confirmdialog.ConfirmDialog)
                .map(c -> (com.vaadin.flow.component.confirmdialog.ConfirmDialog) c).reduce((a, b) -> b)
                .orElseThrow();
        assertThat(requests.get(termination).status()).as("nothing before confirming")
                .isEqualTo(RequestStatus.CHANGES_REQUESTED);
        com.vaadin.flow.component.ComponentUtil.fireEvent(dialog,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(dialog, false));

        assertThat(requests.get(termination).status()).isEqualTo(RequestStatus.PENDING_APPROVAL);
        RequestDetailView after = detail(termination);
        assertThat(after.timeline.getElement().getTextRecursively())
                .contains("resubmitted by").contains("no traffic for 90 days");
        assertThat(after.notice.resubmit.getParent()).isEmpty();
    }

    @Test
    void aTaintedSandboxProductIsShownAsFailedWithAwsMessageAndRetryProvisionsIt() {
        String name = "vw" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000) + "-tainted";
        UUID id = requests.submit(bucket("dev", name)).id();
        finishProvisioning(id);

        RequestDetailView detail = detail(id);
        assertThat(detail.notice.getElement().getTextRecursively())
                .contains("Provisioning failed: AWS reports the provisioned product pp-").contains("as TAINTED");
        detail.notice.retry.click();
        lifecycle.poll(); // a new record with the new token
        clock.advance(Duration.ofSeconds(3));
        lifecycle.poll();

        assertThat(requests.get(id).status()).isEqualTo(RequestStatus.PROVISIONED);
        assertThat(detail(id).notice.getElement().getTextRecursively()).doesNotContain("failed");
    }

    void sendBack(UUID id, String comment) {
        TestUsers.loginAs("avery", Role.APPROVER);
        ApprovalTask task = approvals.tasks(new TaskQuery(RequestLifecycle.SUBJECT_TYPE, null, id.toString()), 0, 5)
                .getFirst();
        approvals.requestChanges(task.id(), task.subjectHash(), comment);
        TestUsers.loginAs("erin", Role.ENGINEER);
        await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> requests.get(id).status() == RequestStatus.CHANGES_REQUESTED);
    }

    RequestDetailView detail(UUID id) {
        RequestDetailView view = new RequestDetailView(requests, changes, sentBack, costs);
        view.show(requests.get(id), requests.process(id).orElse(null));
        UI.getCurrent().add(view);
        return view;
    }

    UUID sentBack(String comment) {
        UUID id = requests.submit(database("prod", "db.r7g.xlarge", "orders")).id();
        TestUsers.loginAs("avery", Role.APPROVER);
        ApprovalTask task = approvals.tasks(new TaskQuery(RequestLifecycle.SUBJECT_TYPE, null, id.toString()), 0, 5)
                .getFirst();
        approvals.requestChanges(task.id(), task.subjectHash(), comment);
        TestUsers.loginAs("erin", Role.ENGINEER);
        await().pollInSameThread().atMost(Duration.ofSeconds(10))
                .until(() -> requests.get(id).status() == RequestStatus.CHANGES_REQUESTED);
        return id;
    }

    static NewProductRequest database(String environment, String instanceClass, String dbName) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("DBName", dbName);
        parameters.put("MasterPassword", "Sup3rSecret-Passw0rd");
        parameters.put("InstanceClass", instanceClass);
        parameters.put("AllocatedStorage", "prod".equals(environment) ? "1200" : "20");
        parameters.put("MultiAZ", "prod".equals(environment) ? "true" : "false");
        parameters.put("VpcId", "vpc-c60144761ddaa6b2e");
        parameters.put("SubnetIds", "subnet-33257e06966c08ed4,subnet-2c8c8c723180e9eb2");
        return new NewProductRequest("prod-sbxrdspgsql01", null, environment, "123456789012", parameters,
                "orders database", null, TAGS);
    }
}
