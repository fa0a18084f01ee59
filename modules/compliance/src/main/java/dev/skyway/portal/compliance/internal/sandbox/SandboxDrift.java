package dev.skyway.portal.compliance.internal.sandbox;

import static dev.skyway.schema.compliance.Tables.DRIFT_CHECK;
import static dev.skyway.schema.compliance.Tables.RESOURCE_DRIFT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drift on the stacks of a few provisioned products in the sandbox: one drifted stack with a modified security
 * group and bucket, one with a deleted queue, and stacks in sync, each checked by the schedule.
 */
@Component
class SandboxDrift {

    static final String REGION = "eu-west-1";

    private final DSLContext db;

    SandboxDrift(DSLContext db) {
        this.db = db;
    }

    /** A stack and what drifted in it. */
    record Stack(String name, String product, List<Drifted> drifted) {
    }

    /** A drifted resource with its property difference, as DescribeStackResourceDrifts reports it. */
    record Drifted(String logicalId, String physicalId, String type, String status, String differences) {
    }

    static List<Stack> stacks(String accountId) {
        return List.of(
                new Stack("SC-" + accountId + "-pp-web-service", "pp-web-service", List.of(
                        new Drifted("WebSecurityGroup", "sg-0a1b2c3d4e5f60718", "AWS::EC2::SecurityGroup", "MODIFIED",
                                "[{\"propertyPath\":\"/SecurityGroupIngress/1\",\"expectedValue\":null,"
                                        + "\"actualValue\":\"{\\\"CidrIp\\\":\\\"0.0.0.0/0\\\",\\\"FromPort\\\":22,"
                                        + "\\\"IpProtocol\\\":\\\"tcp\\\",\\\"ToPort\\\":22}\","
                                        + "\"differenceType\":\"ADD\"}]"),
                        new Drifted("AssetsBucket", "web-service-assets-" + accountId, "AWS::S3::Bucket", "MODIFIED",
                                "[{\"propertyPath\":\"/VersioningConfiguration/Status\",\"expectedValue\":"
                                        + "\"Enabled\",\"actualValue\":\"Suspended\",\"differenceType\":"
                                        + "\"NOT_EQUAL\"}]"))),
                new Stack("SC-" + accountId + "-pp-event-queue", "pp-event-queue", List.of(
                        new Drifted("DeadLetterQueue", "https://sqs." + REGION + ".amazonaws.com/" + accountId
                                + "/orders-dlq", "AWS::SQS::Queue", "DELETED", "[]"))),
                new Stack("SC-" + accountId + "-pp-static-site", "pp-static-site", List.of()));
    }

    /** Records a completed drift check of each sandbox stack in the given accounts, as of {@code at}. */
    @Transactional
    public int seed(List<String> accountIds, Instant at) {
        OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
        int checks = 0;
        for (String account : accountIds) {
            for (Stack stack : stacks(account)) {
                UUID id = UUID.nameUUIDFromBytes((account + "|" + stack.name()).getBytes(
                        java.nio.charset.StandardCharsets.UTF_8));
                String arn = "arn:aws:cloudformation:" + REGION + ":" + account + ":stack/" + stack.name() + "/"
                        + id;
                db.insertInto(DRIFT_CHECK).set(DRIFT_CHECK.ID, id).set(DRIFT_CHECK.STACK_ID, arn)
                        .set(DRIFT_CHECK.STACK_NAME, stack.name()).set(DRIFT_CHECK.ACCOUNT_ID, account)
                        .set(DRIFT_CHECK.REGION, REGION).set(DRIFT_CHECK.PROVISIONED_PRODUCT_ID, stack.product())
                        .set(DRIFT_CHECK.DETECTION_ID, id.toString()).set(DRIFT_CHECK.STATUS, "DETECTION_COMPLETE")
                        .set(DRIFT_CHECK.STACK_DRIFT_STATUS, stack.drifted().isEmpty() ? "IN_SYNC" : "DRIFTED")
                        .set(DRIFT_CHECK.DRIFTED_RESOURCES, stack.drifted().size())
                        .set(DRIFT_CHECK.REQUESTED_BY, "system").set(DRIFT_CHECK.STARTED_AT, time.minusMinutes(2))
                        .set(DRIFT_CHECK.FINISHED_AT, time).execute();
                for (Drifted d : stack.drifted()) {
                    db.insertInto(RESOURCE_DRIFT).set(RESOURCE_DRIFT.CHECK_ID, id)
                            .set(RESOURCE_DRIFT.LOGICAL_RESOURCE_ID, d.logicalId())
                            .set(RESOURCE_DRIFT.PHYSICAL_RESOURCE_ID, d.physicalId())
                            .set(RESOURCE_DRIFT.RESOURCE_TYPE, d.type()).set(RESOURCE_DRIFT.DRIFT_STATUS, d.status())
                            .set(RESOURCE_DRIFT.PROPERTY_DIFFERENCES, d.differences())
                            .set(RESOURCE_DRIFT.DETECTED_AT, time).execute();
                }
                checks++;
            }
        }
        return checks;
    }
}
