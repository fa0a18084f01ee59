package dev.skyway.portal.incidents.internal.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

/**
 * Realistic SNS notifications as a sandbox account's alarms would send them: CloudWatch alarm state changes (the
 * message body CloudWatch writes, with its {@code +0000} times) and AWS Health events through EventBridge. The
 * messages are the notification envelope without a signature: the simulator hands them to the intake after the
 * signature check, which only messages from SNS itself could pass.
 */
final class SandboxAlarms {

    static final DateTimeFormatter CLOUDWATCH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);
    static final String REGION = "eu-central-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An alarm the sandbox's workloads could raise. */
    record Alarm(String name, String description, String namespace, String metric, String dimension,
                 String dimensionValue, double threshold, double value) {
    }

    static final List<Alarm> ALARMS = List.of(
            new Alarm("payments-api-5xx", "5xx rate of the payments API above 5%", "AWS/ApplicationELB",
                    "HTTPCode_Target_5XX_Count", "LoadBalancer", "app/payments-api/50dc6c495c0c9188", 5, 7.5),
            new Alarm("orders-db-cpu", "CPU of the orders database above 90%", "AWS/RDS", "CPUUtilization",
                    "DBInstanceIdentifier", "orders-db-1", 90, 97.2),
            new Alarm("checkout-lambda-throttles", "Throttled invocations of the checkout function",
                    "AWS/Lambda", "Throttles", "FunctionName", "checkout-handler", 10, 42),
            new Alarm("sessions-table-throttles", "Write throttling on the sessions table", "AWS/DynamoDB",
                    "WriteThrottleEvents", "TableName", "sessions", 50, 180));

    private SandboxAlarms() {
    }

    /** A notification of {@code alarm} going to ALARM (or OK) in {@code accountId} at {@code at}. */
    static String cloudWatch(Alarm alarm, String accountId, boolean firing, Instant at, String topicArn) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("AlarmName", alarm.name());
        message.put("AlarmDescription", alarm.description());
        message.put("AWSAccountId", accountId);
        message.put("NewStateValue", firing ? "ALARM" : "OK");
        message.put("NewStateReason", firing ? "Threshold Crossed: 1 out of the last 1 datapoints [" + alarm.value()
                + "] was greater than or equal to the threshold (" + alarm.threshold() + ")."
                : "Threshold Crossed: no datapoints were greater than or equal to the threshold ("
                + alarm.threshold() + ").");
        message.put("StateChangeTime", CLOUDWATCH_TIME.format(at));
        message.put("Region", "EU (Frankfurt)");
        message.put("AlarmArn", "arn:aws:cloudwatch:" + REGION + ":" + accountId + ":alarm:" + alarm.name());
        message.put("OldStateValue", firing ? "OK" : "ALARM");
        message.put("Trigger", Map.of("MetricName", alarm.metric(), "Namespace", alarm.namespace(),
                "Statistic", "SUM", "Dimensions", List.of(Map.of("name", alarm.dimension(),
                        "value", alarm.dimensionValue())), "Period", 60, "EvaluationPeriods", 1,
                "ComparisonOperator", "GreaterThanOrEqualToThreshold", "Threshold", alarm.threshold()));
        return envelope("ALARM: \"" + alarm.name() + "\" in EU (Frankfurt)", JSON.writeValueAsString(message), at,
                topicArn);
    }

    /** An AWS Health operational issue of EC2 affecting {@code accountId}, through EventBridge. */
    static String health(String accountId, Instant at, Random random, String topicArn) {
        String eventId = new UUID(random.nextLong(), random.nextLong()).toString();
        String code = "AWS_EC2_OPERATIONAL_ISSUE";
        String instance = String.format("i-0%016x", random.nextLong() & 0xffffffffffffL);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("eventArn", "arn:aws:health:" + REGION + "::event/EC2/" + code + "/" + code + "_" + eventId);
        detail.put("service", "EC2");
        detail.put("eventTypeCode", code);
        detail.put("eventTypeCategory", "issue");
        detail.put("eventScopeCode", "ACCOUNT_SPECIFIC");
        detail.put("statusCode", "open");
        detail.put("eventRegion", REGION);
        detail.put("eventDescription", List.of(Map.of("language", "en_US", "latestDescription",
                "We are investigating increased API error rates and latencies in the EU-CENTRAL-1 Region.")));
        detail.put("affectedEntities", List.of(Map.of("entityValue", instance)));
        detail.put("affectedAccount", accountId);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("version", "0");
        event.put("id", eventId);
        event.put("detail-type", "AWS Health Event");
        event.put("source", "aws.health");
        event.put("account", accountId);
        event.put("time", DateTimeFormatter.ISO_INSTANT.format(at));
        event.put("region", REGION);
        event.put("resources", List.of(instance));
        event.put("detail", detail);
        return envelope(null, JSON.writeValueAsString(event), at, topicArn);
    }

    private static String envelope(@org.jspecify.annotations.Nullable String subject, String message, Instant at,
                                   String topicArn) {
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("Type", "Notification");
        notification.put("MessageId", UUID.randomUUID().toString());
        notification.put("TopicArn", topicArn);
        if (subject != null) {
            notification.put("Subject", subject);
        }
        notification.put("Message", message);
        notification.put("Timestamp", DateTimeFormatter.ISO_INSTANT.format(at));
        notification.put("SignatureVersion", "2");
        return JSON.writeValueAsString(notification);
    }

    /** The messages of one simulation: three alarms firing in random accounts, and one Health event. */
    static List<String> burst(List<String> accountIds, Instant at, Random random) {
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 3 && !accountIds.isEmpty(); i++) {
            String account = accountIds.get(random.nextInt(accountIds.size()));
            Alarm alarm = ALARMS.get(random.nextInt(ALARMS.size()));
            messages.add(cloudWatch(alarm, account, true, at, topic(account)));
        }
        if (!accountIds.isEmpty()) {
            String account = accountIds.get(random.nextInt(accountIds.size()));
            messages.add(health(account, at, random, topic(account)));
        }
        return messages;
    }

    static String topic(String accountId) {
        return "arn:aws:sns:" + REGION + ":" + accountId + ":skyway-alarms";
    }
}
