package dev.skyway.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

/**
 * Writes N incidents spread evenly over the last D days straight into {@code incidents.incident}, with an affected
 * account and a commander each: the sandbox history generator writes 0 to 2 a day through the stores, far from 50,000.
 * Timestamps follow the same shape as the sandbox's (detection minutes after impact, faster for worse severities); the
 * incidents of the last two days are mostly still open, older ones resolved or closed.
 */
final class IncidentSeeder {

    static final String[] SEVERITIES = {"SEV1", "SEV2", "SEV3", "SEV4"};
    static final String[] TITLES = {"payments-api 5xx above 5%", "orders-db CPU saturated",
        "Checkout Lambda throttled", "Sessions table write throttling", "AWS Health: EC2 operational issue",
        "Static site 502s from CloudFront", "Search pods crash-looping", "S3 access denied after policy change"};

    private IncidentSeeder() {
    }

    /** @return how many of them are open */
    static int seed(DataSource ds, int count, int days, List<String> accounts, Instant now) throws Exception {
        Random random = new Random(20_261_203L);
        long span = Duration.ofDays(days).toSeconds();
        int open = 0;
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement incident = c.prepareStatement("insert into incidents.incident (id, number, title,"
                    + " status, severity, source, declared_by_key, declared_by_name, impact_started_at, detected_at,"
                    + " acknowledged_at, mitigated_at, resolved_at, closed_at, created_at, updated_at, first_account_id)"
                    + " values (?, nextval('incidents.incident_number'), ?, ?, ?, 'DECLARED', ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?)");
                 PreparedStatement account = c.prepareStatement("insert into incidents.affected_account"
                         + " (incident_id, account_id, added_at) values (?, ?, ?)");
                 PreparedStatement role = c.prepareStatement("insert into incidents.incident_role (incident_id,"
                         + " role, user_key, user_name, assigned_by_key, assigned_at) values (?, 'COMMANDER', ?, ?,"
                         + " ?, ?)")) {
                for (int i = 0; i < count; i++) {
                    UUID id = UUID.randomUUID();
                    int roll = random.nextInt(100);
                    String severity = SEVERITIES[roll < 3 ? 0 : roll < 18 ? 1 : roll < 65 ? 2 : 3];
                    double pace = 0.5 + 0.5 * (roll < 3 ? 0 : roll < 18 ? 1 : roll < 65 ? 2 : 3);
                    Instant detected = now.minusSeconds(1 + (long) (span * (i + random.nextDouble()) / count));
                    Instant impact = detected.minus(minutes(2 + random.nextInt(25), pace));
                    Instant acknowledged = detected.plus(minutes(1 + random.nextInt(15), pace));
                    Instant mitigated = acknowledged.plus(minutes(10 + random.nextInt(110), pace));
                    Instant resolved = mitigated.plus(minutes(15 + random.nextInt(240), pace));
                    Instant closed = random.nextInt(3) == 0 ? resolved.plus(Duration.ofDays(2)) : null;
                    String status = closed != null && closed.isBefore(now) ? "CLOSED" : "RESOLVED";
                    if (detected.isAfter(now.minus(Duration.ofDays(2))) && random.nextInt(4) != 0) {
                        int stage = random.nextInt(3);
                        status = stage == 0 ? "TRIGGERED" : stage == 1 ? "ACKNOWLEDGED" : "MITIGATED";
                        acknowledged = stage == 0 ? null : acknowledged;
                        mitigated = stage < 2 ? null : mitigated;
                        resolved = null;
                        closed = null;
                        open++;
                    } else if (status.equals("RESOLVED")) {
                        closed = null;
                    }
                    String who = "bench#user-" + random.nextInt(200);
                    int k = 1;
                    incident.setObject(k++, id);
                    incident.setString(k++, TITLES[random.nextInt(TITLES.length)]);
                    incident.setString(k++, status);
                    incident.setString(k++, severity);
                    incident.setString(k++, who);
                    incident.setString(k++, "User " + who.substring(6));
                    for (Instant at : new Instant[] {impact, detected, acknowledged, mitigated, resolved, closed,
                        detected, resolved == null ? detected : resolved}) {
                        incident.setTimestamp(k++, timestamp(at));
                    }
                    String accountId = accounts.get(random.nextInt(accounts.size()));
                    incident.setString(k, accountId);
                    incident.addBatch();
                    account.setObject(1, id);
                    account.setString(2, accountId);
                    account.setTimestamp(3, timestamp(detected));
                    account.addBatch();
                    role.setObject(1, id);
                    role.setString(2, who);
                    role.setString(3, "User " + who.substring(6));
                    role.setString(4, who);
                    role.setTimestamp(5, timestamp(detected));
                    role.addBatch();
                    if (i % 1000 == 999 || i == count - 1) {
                        incident.executeBatch();
                        account.executeBatch();
                        role.executeBatch();
                    }
                }
            }
            c.commit();
        }
        return open;
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Duration minutes(int minutes, double pace) {
        return Duration.ofSeconds(Math.round(minutes * 60 * pace));
    }
}
