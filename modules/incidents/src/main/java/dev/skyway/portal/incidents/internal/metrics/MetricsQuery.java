package dev.skyway.portal.incidents.internal.metrics;

import static dev.skyway.schema.incidents.Tables.ACTION_ITEM;
import static dev.skyway.schema.incidents.Tables.INCIDENT;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import dev.skyway.portal.incidents.Severity;

/** Reads what the metrics need: the typed timestamps of the incidents detected in a range, and action item counts. */
@Repository
public class MetricsQuery {

    public static final String UNASSIGNED = "Unassigned";

    private static final double SECONDS_A_DAY = 86_400;

    private final DSLContext db;

    MetricsQuery(DSLContext db) {
        this.db = db;
    }

    /**
     * The incidents detected in {@code [from, to)} summed up in the database, per severity and UTC day and per team:
     * a few hundred rows whatever the number of incidents.
     *
     * @param ownerTeams the owner team of an account, or null; for incidents without a team of their own (their first
     *                   account's)
     */
    public MetricsGroups groups(Instant from, Instant to, Function<String, @Nullable String> ownerTeams) {
        Condition range = INCIDENT.DETECTED_AT.ge(utc(from)).and(INCIDENT.DETECTED_AT.lt(utc(to)));
        Field<Double> detected = epoch(INCIDENT.DETECTED_AT);
        List<Field<Double>> spans = List.of(
                detected.minus(epoch(DSL.coalesce(INCIDENT.IMPACT_STARTED_AT, INCIDENT.DETECTED_AT))),
                epoch(INCIDENT.ACKNOWLEDGED_AT).minus(detected), epoch(INCIDENT.MITIGATED_AT).minus(detected),
                epoch(INCIDENT.RESOLVED_AT).minus(detected));
        List<Field<?>> inner = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            inner.add(spans.get(i).as("span" + i));
        }
        Field<Long> dayNumber = DSL.floor(detected.div(DSL.inline(SECONDS_A_DAY))).cast(Long.class).as("day_number");
        // an incident without a team of its own counts for its first account's owner, kept on the incident
        Field<String> ownerAccount = DSL.when(INCIDENT.TEAM.isNull(), INCIDENT.FIRST_ACCOUNT_ID).as("owner_account");
        Table<?> rows = DSL.select(inner).select(INCIDENT.SEVERITY, dayNumber, INCIDENT.TEAM, ownerAccount)
                .from(INCIDENT).where(range).asTable("r");
        Field<String> severity = rows.field(INCIDENT.SEVERITY);
        Field<Long> day = rows.field(dayNumber);
        Field<String> team = rows.field(INCIDENT.TEAM);
        Field<String> owner = rows.field(ownerAccount);
        List<MetricsGroups.Day> byDay = new ArrayList<>();
        List<MetricsGroups.Team> byTeam = new ArrayList<>();
        if (db.dialect().family() == SQLDialect.POSTGRES) {
            // both groupings from one pass over the range (H2 has no grouping sets)
            Field<Integer> teamRow = DSL.grouping(severity);
            db.select(totals(rows)).select(severity, day, team, owner, teamRow).from(rows)
                    .groupBy(DSL.groupingSets(new Field<?>[] {severity, day}, new Field<?>[] {team, owner}))
                    .forEach(r -> {
                        if (r.get(teamRow) == 0) {
                            byDay.add(day(r, severity, day));
                        } else {
                            byTeam.add(team(r, team, owner, ownerTeams));
                        }
                    });
        } else {
            db.select(totals(rows)).select(severity, day).from(rows).groupBy(severity, day)
                    .forEach(r -> byDay.add(day(r, severity, day)));
            db.select(totals(rows)).select(team, owner).from(rows).groupBy(team, owner)
                    .forEach(r -> byTeam.add(team(r, team, owner, ownerTeams)));
        }
        return new MetricsGroups(byDay, byTeam);
    }

    private static MetricsGroups.Day day(Record r, Field<String> severity, Field<Long> day) {
        return new MetricsGroups.Day(Severity.valueOf(r.get(severity)), LocalDate.ofEpochDay(r.get(day)), totals(r));
    }

    private static MetricsGroups.Team team(Record r, Field<String> team, Field<String> owner,
                                           Function<String, @Nullable String> ownerTeams) {
        String name = r.get(team);
        String account = r.get(owner);
        if (name == null && account != null) {
            name = ownerTeams.apply(account);
        }
        return new MetricsGroups.Team(name == null || name.isBlank() ? UNASSIGNED : name, totals(r));
    }

    /** count, then the sum and count of each non-negative span (whole seconds, as {@code Duration.toSeconds}) */
    private static List<Field<?>> totals(Table<?> spans) {
        List<Field<?>> fields = new ArrayList<>();
        fields.add(DSL.count());
        for (int i = 0; i < SpanTotals.SPANS; i++) {
            Field<Double> span = spans.field("span" + i, Double.class);
            fields.add(DSL.sum(DSL.when(span.ge(DSL.inline(0.0)), DSL.floor(span))));
            fields.add(DSL.count(DSL.when(span.ge(DSL.inline(0.0)), DSL.inline(1))));
        }
        return fields;
    }

    private static SpanTotals totals(Record r) {
        long[] sums = new long[SpanTotals.SPANS];
        int[] measured = new int[SpanTotals.SPANS];
        for (int i = 0; i < SpanTotals.SPANS; i++) {
            Number sum = (Number) r.get(1 + 2 * i);
            sums[i] = sum == null ? 0 : sum.longValue();
            measured[i] = ((Number) r.get(2 + 2 * i)).intValue();
        }
        return SpanTotals.of(((Number) r.get(0)).intValue(), sums, measured);
    }

    /**
     * Seconds since the epoch, as a double: PostgreSQL's {@code extract} answers numeric since version 14, several
     * times slower to compute over tens of thousands of rows than {@code date_part}'s double.
     */
    private Field<Double> epoch(Field<OffsetDateTime> at) {
        return db.dialect().family() == SQLDialect.POSTGRES ? DSL.field("date_part('epoch', {0})", Double.class, at)
                : DSL.extract(at, DatePart.EPOCH).cast(Double.class);
    }

    /** Open action items, and of which due before {@code today}. */
    public Map<String, Integer> openActionItems(LocalDate today) {
        var open = ACTION_ITEM.STATUS.eq("OPEN");
        return Map.of("open", db.fetchCount(ACTION_ITEM, open),
                "overdue", db.fetchCount(ACTION_ITEM, open.and(ACTION_ITEM.DUE_DATE.lt(today))));
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
