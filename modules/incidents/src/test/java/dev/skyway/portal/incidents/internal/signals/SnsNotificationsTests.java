package dev.skyway.portal.incidents.internal.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.skyway.portal.incidents.AlertKind;
import dev.skyway.portal.incidents.AlertSeverity;
import dev.skyway.portal.incidents.InvalidPayloadException;
import dev.skyway.portal.incidents.internal.intake.AlertSignal;
import dev.skyway.portal.incidents.internal.intake.SignalAction;
import dev.skyway.portal.incidents.internal.sns.SnsMessage;
import dev.skyway.portal.incidents.internal.sns.SnsMessageType;

/**
 * What SNS notifications say: a CloudWatch alarm (dedup on its ARN, ALARM triggers, OK resolves, INSUFFICIENT_DATA
 * annotates, region from the ARN, StateChangeTime without a colon in its offset), an AWS Health event (dedup on the
 * event and affected account, closed resolves), a GuardDuty finding (severity bands, archived resolves), and anything
 * else as a generic alert of its message.
 */
class SnsNotificationsTests {

    static AlertSignal one(String message) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", "Notification");
        fields.put("MessageId", "95df01b4-ee98-5cb9-9903-4c221d41eb5e");
        fields.put("TopicArn", "arn:aws:sns:eu-central-1:382272806015:skyway-alarms");
        fields.put("Subject", "ALARM: \"payments-api-5xx\" in EU (Frankfurt)");
        fields.put("Message", message);
        List<AlertSignal> signals = SnsNotifications.signals(new SnsMessage(SnsMessageType.NOTIFICATION, fields));
        assertThat(signals).hasSize(1);
        return signals.getFirst();
    }

    @Test
    void aCloudWatchAlarmTriggersAnAlertKeyedByItsArn() {
        AlertSignal alarm = one(Payloads.text("cloudwatch-alarm.json"));

        assertThat(alarm.action()).isEqualTo(SignalAction.TRIGGER);
        assertThat(alarm.dedupKey()).isEqualTo("arn:aws:cloudwatch:eu-central-1:382272806015:alarm:payments-api-5xx");
        assertThat(alarm.kind()).isEqualTo(AlertKind.CLOUDWATCH_ALARM);
        assertThat(alarm.accountId()).isEqualTo("382272806015");
        assertThat(alarm.region()).isEqualTo("eu-central-1");
        assertThat(alarm.summary()).isEqualTo("CloudWatch alarm payments-api-5xx: 5xx rate of the payments API above 5%");
        assertThat(alarm.service()).isEqualTo("AWS/ApplicationELB");
        assertThat(alarm.resource()).isEqualTo("LoadBalancer=app/payments-api/50dc6c495c0c9188");
        assertThat(alarm.note()).startsWith("ALARM at 2026-12-03T09:59:27.123Z: Threshold Crossed");
        assertThat(alarm.details()).contains("\"AlarmName\":\"payments-api-5xx\"");
    }

    @ParameterizedTest
    @CsvSource({"OK, RESOLVE", "INSUFFICIENT_DATA, ANNOTATE", "ALARM, TRIGGER"})
    void theAlarmsNewStateDecidesWhatHappens(String state, SignalAction action) {
        assertThat(one(Payloads.changed("cloudwatch-alarm.json", json -> json.put("NewStateValue", state))).action())
                .isEqualTo(action);
    }

    @Test
    void anAlarmThatCannotBeReadNamesTheField() {
        assertThatThrownBy(() -> one(Payloads.changed("cloudwatch-alarm.json", json -> json.remove("AlarmArn"))))
                .isInstanceOf(InvalidPayloadException.class).hasMessage("Message.AlarmArn: required, a non-empty string");
        assertThatThrownBy(() -> one(Payloads.changed("cloudwatch-alarm.json",
                json -> json.put("StateChangeTime", "yesterday"))))
                .isInstanceOf(InvalidPayloadException.class).hasMessageStartingWith("Message.StateChangeTime:");
        assertThatThrownBy(() -> one(Payloads.changed("cloudwatch-alarm.json",
                json -> json.put("NewStateValue", "ON_FIRE"))))
                .isInstanceOf(InvalidPayloadException.class).hasMessageStartingWith("Message.NewStateValue:");
        assertThatThrownBy(() -> one(Payloads.changed("cloudwatch-alarm.json",
                json -> json.put("AlarmArn", "arn:aws:sns:eu-central-1:382272806015:topic"))))
                .isInstanceOf(InvalidPayloadException.class).hasMessageStartingWith("Message.AlarmArn:");
    }

    @Test
    void anIsoStateChangeTimeIsReadToo() {
        assertThat(one(Payloads.changed("cloudwatch-alarm.json",
                json -> json.put("StateChangeTime", "2026-12-03T09:59:27.123Z"))).note())
                .startsWith("ALARM at 2026-12-03T09:59:27.123Z");
    }

    @Test
    void anAwsHealthEventIsKeyedByItsArnAndTheAffectedAccount() {
        AlertSignal health = one(Payloads.text("aws-health-event.json"));

        assertThat(health.action()).isEqualTo(SignalAction.TRIGGER);
        assertThat(health.dedupKey()).isEqualTo("arn:aws:health:eu-central-1::event/EC2/AWS_EC2_OPERATIONAL_ISSUE/"
                + "AWS_EC2_OPERATIONAL_ISSUE_7f35c8ae-af1f-54e6-a526-d0179ed6d68f#382272806015");
        assertThat(health.kind()).isEqualTo(AlertKind.AWS_HEALTH);
        assertThat(health.severity()).isEqualTo(AlertSeverity.ERROR);
        assertThat(health.accountId()).isEqualTo("382272806015");
        assertThat(health.service()).isEqualTo("EC2");
        assertThat(health.resource()).isEqualTo("i-0a1b2c3d4e5f60718");
        assertThat(health.summary()).isEqualTo("AWS Health: EC2 AWS_EC2_OPERATIONAL_ISSUE (eu-central-1)");
        assertThat(health.note()).startsWith("We are investigating");

        AlertSignal otherAccount = one(Payloads.changed("aws-health-event.json",
                json -> ((tools.jackson.databind.node.ObjectNode) json.get("detail"))
                        .put("affectedAccount", "383317268332")));
        assertThat(otherAccount.dedupKey()).endsWith("#383317268332");
        AlertSignal closed = one(Payloads.changed("aws-health-event.json",
                json -> ((tools.jackson.databind.node.ObjectNode) json.get("detail")).put("statusCode", "closed")));
        assertThat(closed.action()).isEqualTo(SignalAction.RESOLVE);
    }

    @ParameterizedTest
    @CsvSource({"issue, open, ERROR", "issue, upcoming, WARNING", "scheduledChange, upcoming, WARNING",
            "accountNotification, open, INFO", "investigation, open, WARNING"})
    void healthSeverityFollowsTheCategory(String category, String status, AlertSeverity severity) {
        assertThat(EventBridgeEvents.healthSeverity(category, status)).isEqualTo(severity);
    }

    @Test
    void aGuardDutyFindingIsKeyedByItsArnWithItsSeverityBand() {
        AlertSignal finding = one(Payloads.text("guardduty-finding.json"));

        assertThat(finding.dedupKey()).endsWith("/finding/16afba5c5c43e07c9e3e5e2e544e95df");
        assertThat(finding.kind()).isEqualTo(AlertKind.GUARDDUTY);
        assertThat(finding.severity()).isEqualTo(AlertSeverity.ERROR);
        assertThat(finding.accountId()).isEqualTo("383317268332");
        assertThat(finding.resource()).isEqualTo("Instance i-05746eb48123455e0");
        assertThat(finding.source()).isEqualTo("UnauthorizedAccess:EC2/SSHBruteForce");
        assertThat(finding.summary()).startsWith("GuardDuty: 198.51.100.7 is performing SSH brute force");

        AlertSignal archived = one(Payloads.changed("guardduty-finding.json",
                json -> ((tools.jackson.databind.node.ObjectNode) json.get("detail").get("service"))
                        .put("archived", true)));
        assertThat(archived.action()).isEqualTo(SignalAction.RESOLVE);
        assertThatThrownBy(() -> one(Payloads.changed("guardduty-finding.json",
                json -> ((tools.jackson.databind.node.ObjectNode) json.get("detail")).put("severity", "high"))))
                .isInstanceOf(InvalidPayloadException.class).hasMessageStartingWith("Message.detail.severity:");
    }

    @ParameterizedTest
    @CsvSource({"10.0, CRITICAL", "9.0, CRITICAL", "8.9, ERROR", "7.0, ERROR", "6.9, WARNING", "4.0, WARNING",
            "3.9, INFO", "0.1, INFO"})
    void guardDutySeverityBands(double severity, AlertSeverity expected) {
        assertThat(EventBridgeEvents.guardDutySeverity(severity)).isEqualTo(expected);
    }

    @Test
    void anyOtherMessageIsAGenericAlertOfItsOwnWithTheRawMessage() {
        AlertSignal text = one("Backup job nightly-db failed\nexit code 3");
        AlertSignal otherEvent = one("{\"version\":\"0\",\"id\":\"e-1\",\"detail-type\":\"EC2 Instance State-change "
                + "Notification\",\"source\":\"aws.ec2\",\"account\":\"382272806015\",\"region\":\"eu-central-1\","
                + "\"resources\":[\"arn:aws:ec2:eu-central-1:382272806015:instance/i-1\"],\"detail\":{\"state\":\"stopped\"}}");
        AlertSignal json = one("{\"anything\": [1, 2]}");

        assertThat(text.kind()).isEqualTo(AlertKind.GENERIC);
        assertThat(text.dedupKey()).isEqualTo("sns:95df01b4-ee98-5cb9-9903-4c221d41eb5e");
        assertThat(text.summary()).isEqualTo("ALARM: \"payments-api-5xx\" in EU (Frankfurt)");
        assertThat(text.details()).contains("Backup job nightly-db failed\\nexit code 3");
        assertThat(text.accountId()).isEqualTo("382272806015");
        assertThat(otherEvent.dedupKey()).isEqualTo("eventbridge:e-1");
        assertThat(otherEvent.summary()).isEqualTo("EC2 Instance State-change Notification (aws.ec2)");
        assertThat(json.details()).contains("\"message\":{\"anything\":[1,2]}");
    }
}
