package dev.skyway.portal.compliance.internal.drift;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.skyway.portal.compliance.internal.aws.DriftDetection;
import dev.skyway.portal.compliance.internal.aws.PropertyDrift;
import dev.skyway.portal.compliance.internal.aws.ResourceDrift;
import dev.skyway.portal.compliance.internal.aws.StackArn;

/**
 * The sandbox's CloudFormation: a detection stays {@code DETECTION_IN_PROGRESS} for a few seconds, then completes.
 * A stack keeps what its last complete detection found (drift does not repair itself); a stack never checked drifts
 * when its ARN says so (one in three, deterministically): a bucket whose versioning was suspended, or a security
 * group opened to SSH from anywhere.
 */
class SandboxDriftDetector implements DriftDetector {

    private final DriftRows rows;
    private final Clock clock;
    private final Duration detectionTime;
    private final Map<String, Instant> started = new ConcurrentHashMap<>();

    SandboxDriftDetector(DriftRows rows, Clock clock, Duration detectionTime) {
        this.rows = rows;
        this.clock = clock;
        this.detectionTime = detectionTime;
    }

    @Override
    public String start(StackArn stack) {
        String id = UUID.randomUUID().toString();
        started.put(id, clock.instant());
        return id;
    }

    @Override
    public DriftDetection status(StackArn stack, String detectionId) {
        Instant since = started.get(detectionId);
        Instant now = clock.instant();
        if (since != null && now.isBefore(since.plus(detectionTime))) {
            return new DriftDetection(detectionId, stack.arn(), DriftCheck.IN_PROGRESS, "UNKNOWN", null, null, now);
        }
        started.remove(detectionId);
        int drifted = resources(stack).size();
        return new DriftDetection(detectionId, stack.arn(), DriftCheck.COMPLETE, drifted > 0 ? "DRIFTED" : "IN_SYNC",
                null, drifted, now);
    }

    @Override
    public List<ResourceDrift> resources(StackArn stack) {
        return rows.lastComplete(stack.arn())
                .map(last -> rows.drifted(last.id()).stream().map(SandboxDriftDetector::again).toList())
                .orElseGet(() -> firstLook(stack));
    }

    @Override
    public Duration pollInterval() {
        return Duration.ofMillis(Math.clamp(detectionTime.toMillis() / 4, 10, 1_000));
    }

    static List<ResourceDrift> firstLook(StackArn stack) {
        int hash = Math.floorMod(stack.arn().hashCode(), 6);
        String name = stack.stackName().toLowerCase(java.util.Locale.ROOT);
        if (hash == 0) {
            return List.of(new ResourceDrift("Bucket", name + "-data", "AWS::S3::Bucket", "MODIFIED",
                    "{\"VersioningConfiguration\":{\"Status\":\"Enabled\"}}",
                    "{\"VersioningConfiguration\":{\"Status\":\"Suspended\"}}",
                    List.of(new PropertyDrift("/VersioningConfiguration/Status", "\"Enabled\"", "\"Suspended\"",
                            "NOT_EQUAL")), null, null));
        }
        if (hash == 3) {
            return List.of(new ResourceDrift("SecurityGroup", "sg-0" + Integer.toHexString(
                    Math.abs(stack.arn().hashCode())), "AWS::EC2::SecurityGroup", "MODIFIED",
                    "{\"SecurityGroupIngress\":[]}", null,
                    List.of(new PropertyDrift("/SecurityGroupIngress/0", null,
                            "{\"CidrIp\":\"0.0.0.0/0\",\"FromPort\":22,\"IpProtocol\":\"tcp\",\"ToPort\":22}", "ADD")),
                    null, null));
        }
        return List.of();
    }

    private static ResourceDrift again(DriftedResource r) {
        return new ResourceDrift(r.logicalId(), r.physicalId(), r.type(), r.status(), null, null, r.differences(),
                null, null);
    }
}
