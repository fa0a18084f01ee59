package dev.skyway.portal.compliance.internal.aws;

import static dev.skyway.portal.compliance.internal.aws.AwsTimes.blankToNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.platform.aws.AwsCall;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackDriftDetectionStatusResponse;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackResourceDriftsResponse;
import software.amazon.awssdk.services.cloudformation.model.PropertyDifference;
import software.amazon.awssdk.services.cloudformation.model.StackResourceDrift;

/**
 * Drift of the stacks the portal provisioned: {@code DetectStackDrift} starts a detection,
 * {@code DescribeStackDriftDetectionStatus} is polled until it is no longer in progress, and
 * {@code DescribeStackResourceDrifts} (page by page) tells each resource's expected and actual properties. A stack
 * may live in any account and Region: {@link CloudFormationClients} gives the way in.
 */
public class CloudFormationDrift {

    public static final String SERVICE = "AWS CloudFormation";
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(5);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    /** The largest {@code MaxResults} of {@code DescribeStackResourceDrifts}. */
    public static final int PAGE_SIZE = 100;

    private final CloudFormationClients clients;
    private final ThrottlingRetries retries;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration pollInterval;
    private final Duration timeout;

    /** Real waits: polls every 5 s, gives up after 10 minutes. */
    public CloudFormationDrift(CloudFormationClients clients) {
        this(clients, new ThrottlingRetries(Sleeper.threadSleep()), Clock.systemUTC(), Sleeper.threadSleep(),
                DEFAULT_POLL, DEFAULT_TIMEOUT);
    }

    public CloudFormationDrift(CloudFormationClients clients, ThrottlingRetries retries, Clock clock, Sleeper sleeper,
                               Duration pollInterval, Duration timeout) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        if (!pollInterval.isPositive() || !timeout.isPositive()) {
            throw new IllegalArgumentException("The poll interval and the timeout must be positive");
        }
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    /**
     * Detects drift of the stack and waits for the outcome, then reads every resource's drift.
     *
     * @throws IllegalArgumentException when {@code stackArn} is not a stack ARN
     * @throws DriftTimeoutException    when the detection is still running after the timeout
     * @throws dev.skyway.portal.platform.aws.AwsCallException when CloudFormation refuses or fails
     */
    public StackDriftReport detect(String stackArn) {
        StackArn stack = StackArn.parse(stackArn);
        String detectionId = start(stack);
        DriftDetection detection = awaitOutcome(stack, detectionId);
        return new StackDriftReport(stack, detection, resourceDrifts(stack));
    }

    /** Starts a detection ({@code DetectStackDrift}); returns its id. */
    public String start(StackArn stack) {
        AwsCall call = call("detect drift of stack " + stack.stackName() + " in account " + stack.accountId(),
                "DetectStackDrift");
        return retries.run(call, () -> clients.client(stack).detectStackDrift(r -> r.stackName(stack.arn())
                .overrideConfiguration(in(stack)))).stackDriftDetectionId();
    }

    /** Where a detection is ({@code DescribeStackDriftDetectionStatus}). */
    public DriftDetection status(StackArn stack, String detectionId) {
        AwsCall call = call("read the drift detection " + detectionId + " of stack " + stack.stackName(),
                "DescribeStackDriftDetectionStatus");
        DescribeStackDriftDetectionStatusResponse r = retries.run(call, () -> clients.client(stack)
                .describeStackDriftDetectionStatus(q -> q.stackDriftDetectionId(detectionId)
                        .overrideConfiguration(in(stack))));
        return new DriftDetection(r.stackDriftDetectionId(), orEmpty(r.stackId()), orEmpty(r.detectionStatusAsString()),
                r.stackDriftStatus() == null ? "UNKNOWN" : r.stackDriftStatusAsString(),
                blankToNull(r.detectionStatusReason()), r.driftedStackResourceCount(), r.timestamp());
    }

    /** What the stack's last detection found for each resource ({@code DescribeStackResourceDrifts}). */
    public List<ResourceDrift> resourceDrifts(StackArn stack) {
        AwsCall call = call("read the resource drift of stack " + stack.stackName() + " in account "
                + stack.accountId(), "DescribeStackResourceDrifts");
        CloudFormationClient client = clients.client(stack);
        return retries.pages(call, token -> client.describeStackResourceDrifts(r -> r.stackName(stack.arn())
                        .maxResults(PAGE_SIZE).nextToken(token).overrideConfiguration(in(stack))),
                        DescribeStackResourceDriftsResponse::nextToken).stream()
                .flatMap(page -> page.stackResourceDrifts().stream())
                .map(CloudFormationDrift::resource)
                .toList();
    }

    private DriftDetection awaitOutcome(StackArn stack, String detectionId) {
        Instant started = clock.instant();
        Instant deadline = started.plus(timeout);
        while (true) {
            DriftDetection detection = status(stack, detectionId);
            if (!detection.inProgress()) {
                return detection;
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (!left.isPositive()) {
                throw new DriftTimeoutException(stack, detectionId, Duration.between(started, clock.instant()));
            }
            sleeper.pause(left.compareTo(pollInterval) < 0 ? left : pollInterval,
                    "CloudFormation's drift detection of " + stack.stackName());
        }
    }

    private AwsRequestOverrideConfiguration in(StackArn stack) {
        AwsCredentialsProvider credentials = clients.credentials(stack);
        AwsRequestOverrideConfiguration.Builder builder = AwsRequestOverrideConfiguration.builder();
        return credentials == null ? builder.build() : builder.credentialsProvider(credentials).build();
    }

    private static ResourceDrift resource(StackResourceDrift d) {
        return new ResourceDrift(d.logicalResourceId(), blankToNull(d.physicalResourceId()), orEmpty(d.resourceType()),
                orEmpty(d.stackResourceDriftStatusAsString()), blankToNull(d.expectedProperties()),
                blankToNull(d.actualProperties()),
                d.propertyDifferences().stream().map(CloudFormationDrift::difference).toList(), d.timestamp(),
                blankToNull(d.driftStatusReason()));
    }

    private static PropertyDrift difference(PropertyDifference p) {
        return new PropertyDrift(orEmpty(p.propertyPath()), p.expectedValue(), p.actualValue(),
                orEmpty(p.differenceTypeAsString()));
    }

    private static AwsCall call(String action, String operation) {
        return AwsCall.to(SERVICE, action).withRetryNote("the next drift check will try again")
                .withPermissions("cloudformation:" + operation);
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
