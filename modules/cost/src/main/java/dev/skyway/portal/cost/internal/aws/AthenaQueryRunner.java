package dev.skyway.portal.cost.internal.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.skyway.portal.cost.internal.CostProperties;
import dev.skyway.portal.platform.aws.AwsCall;
import dev.skyway.portal.platform.aws.AwsCallException;
import dev.skyway.portal.platform.aws.AwsPages;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;
import software.amazon.awssdk.services.athena.model.Row;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;

/**
 * Runs one query in Athena the way its API asks: {@code StartQueryExecution}, then {@code GetQueryExecution} every
 * poll interval until the query succeeds, fails or is cancelled (at most for the timeout, after which the query is
 * stopped), then {@code GetQueryResults} page by page.
 */
final class AthenaQueryRunner {

    private static final String ATHENA = "Amazon Athena";
    private static final int PAGE_SIZE = 1000;

    private final AthenaClient athena;
    private final CostProperties.Athena settings;
    private final Clock clock;
    private final AthenaRollups.Sleeper sleeper;
    private final Duration pollInterval;
    private final Duration timeout;

    AthenaQueryRunner(AthenaClient athena, CostProperties.Athena settings, Clock clock, AthenaRollups.Sleeper sleeper,
                      Duration pollInterval, Duration timeout) {
        if (pollInterval.isNegative() || pollInterval.isZero() || timeout.compareTo(pollInterval) < 0) {
            throw new IllegalArgumentException("The poll interval (" + pollInterval + ") must be positive and not "
                    + "longer than the timeout (" + timeout + ")");
        }
        this.athena = athena;
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    /**
     * @param purpose what the query is for, as a relative clause: {@code rolls up billing period 2025-11}
     * @throws AthenaQueryException when the query fails, is cancelled or does not finish within the timeout
     * @throws AwsCallException     when Athena refuses or fails a call
     */
    AthenaQueryResult run(String sql, String database, String purpose) {
        String id = start(sql, database, purpose);
        QueryExecution execution = awaitCompletion(id, purpose);
        Instant completedAt = execution.status().completionDateTime() != null
                ? execution.status().completionDateTime() : clock.instant();
        List<List<@Nullable String>> table = results(id, purpose);
        List<String> header = table.isEmpty() ? List.of()
                : table.getFirst().stream().map(name -> name == null ? "" : name).toList();
        return new AthenaQueryResult(id, header, table.isEmpty() ? List.of() : table.subList(1, table.size()),
                completedAt);
    }

    private String start(String sql, String database, String purpose) {
        StartQueryExecutionRequest.Builder request = StartQueryExecutionRequest.builder()
                .queryString(sql)
                .workGroup(settings.workgroup())
                .queryExecutionContext(context -> context.database(database));
        if (settings.outputLocation() != null && !settings.outputLocation().isBlank()) {
            request.resultConfiguration(result -> result.outputLocation(settings.outputLocation()));
        }
        return AwsCall.to(ATHENA, "start the query that " + purpose)
                .withPermissions("athena:StartQueryExecution in workgroup " + settings.workgroup()
                        + ", glue:GetTable and GetPartitions, s3:GetObject on the exports, s3:PutObject on the "
                        + "query results location")
                .run(() -> athena.startQueryExecution(request.build()).queryExecutionId());
    }

    private QueryExecution awaitCompletion(String id, String purpose) {
        Instant deadline = clock.instant().plus(timeout);
        long maxPolls = Math.max(1, timeout.dividedBy(pollInterval));
        for (long poll = 1; ; poll++) {
            QueryExecution execution = AwsCall.to(ATHENA, "check on the query that " + purpose + " (" + id + ")")
                    .withPermissions("athena:GetQueryExecution")
                    .run(() -> athena.getQueryExecution(r -> r.queryExecutionId(id)).queryExecution());
            QueryExecutionStatus status = execution.status();
            switch (status == null ? null : status.state()) {
                case SUCCEEDED -> {
                    return execution;
                }
                case FAILED -> throw new AthenaQueryException("Athena failed the query that " + purpose + " (" + id
                        + "): " + reason(status), id, retryable(status));
                case CANCELLED -> throw new AthenaQueryException("The query that " + purpose + " (" + id
                        + ") was cancelled in Athena: " + reason(status), id, true);
                case null, default -> {
                    // QUEUED or RUNNING: wait below
                }
            }
            if (poll >= maxPolls || !clock.instant().isBefore(deadline)) {
                throw stopped(id, "The query that " + purpose + " (" + id + ") did not finish within " + timeout
                        + "; it was stopped");
            }
            pause(id, purpose);
        }
    }

    private void pause(String id, String purpose) {
        try {
            sleeper.sleep(pollInterval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw stopped(id, "Waiting for the query that " + purpose + " (" + id + ") was interrupted; it was "
                    + "stopped");
        }
    }

    /** Stops a query the portal gives up on, so that it does not go on scanning (and costing) in Athena. */
    private AthenaQueryException stopped(String id, String message) {
        AthenaQueryException failure = new AthenaQueryException(message, id, true);
        try {
            AwsCall.to(ATHENA, "stop the query " + id).withPermissions("athena:StopQueryExecution")
                    .run(() -> athena.stopQueryExecution(r -> r.queryExecutionId(id)));
        } catch (AwsCallException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }

    private List<List<@Nullable String>> results(String id, String purpose) {
        List<Row> rows = AwsCall.to(ATHENA, "read the results of the query that " + purpose + " (" + id + ")")
                .withPermissions("athena:GetQueryResults, s3:GetObject on the query results location")
                .run(() -> AwsPages.items(athena.getQueryResultsPaginator(r -> r.queryExecutionId(id)
                        .maxResults(PAGE_SIZE)), AthenaQueryRunner::rowsOf));
        List<List<@Nullable String>> table = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<@Nullable String> values = new ArrayList<>(row.data().size());
            for (Datum datum : row.data()) {
                values.add(datum.varCharValue());
            }
            table.add(values);
        }
        return table;
    }

    private static List<Row> rowsOf(GetQueryResultsResponse page) {
        return page.resultSet() == null ? List.of() : page.resultSet().rows();
    }

    private static String reason(QueryExecutionStatus status) {
        if (status.stateChangeReason() != null && !status.stateChangeReason().isBlank()) {
            return status.stateChangeReason();
        }
        return status.athenaError() != null && status.athenaError().errorMessage() != null
                ? status.athenaError().errorMessage() : "Athena gave no reason";
    }

    private static boolean retryable(QueryExecutionStatus status) {
        return status.athenaError() != null && Boolean.TRUE.equals(status.athenaError().retryable());
    }
}
