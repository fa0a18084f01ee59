package dev.skyway.portal.platform.kept;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import dev.skyway.testsupport.Databases;

class KeptReadsTests {

    @Test
    void aResultIsReadOncePerInputsAndVersion() {
        AtomicInteger version = new AtomicInteger(1);
        List<String> reads = new ArrayList<>();
        KeptReads<String, String> kept = new KeptReads<>(16, Duration.ofMinutes(10), version::get);

        assertThat(kept.get("a", in -> read(reads, in, version))).isEqualTo("a@1");
        assertThat(kept.get("a", in -> read(reads, in, version))).isEqualTo("a@1");
        assertThat(kept.get("b", in -> read(reads, in, version))).isEqualTo("b@1");
        version.set(2);
        assertThat(kept.get("a", in -> read(reads, in, version))).isEqualTo("a@2");
        assertThat(kept.get("a", in -> read(reads, in, version))).isEqualTo("a@2");

        assertThat(reads).containsExactly("a@1", "b@1", "a@2");
    }

    /** Time that moves only when the test says so, and background reads that run when it says so. */
    private final AtomicLong nanos = new AtomicLong();
    private final List<Runnable> background = new ArrayList<>();

    private KeptReads<String, String> keptFor(Duration keptAtMost) {
        return new KeptReads<>(16, keptAtMost, () -> 1, nanos::get, background::add);
    }

    private void runBackgroundReads() {
        List<Runnable> due = List.copyOf(background);
        background.clear();
        due.forEach(Runnable::run);
    }

    private void pass(Duration time) {
        nanos.addAndGet(time.toNanos());
    }

    @Test
    void aResultIsNotKeptLongerThanItsLimitWhenTheVersionStaysTheSame() {
        List<String> reads = new ArrayList<>();
        KeptReads<String, String> kept = keptFor(Duration.ofMinutes(10));

        kept.get("a", in -> read(reads, in, new AtomicInteger(1)));
        pass(Duration.ofMinutes(11));
        assertThat(kept.get("a", in -> read(reads, in, new AtomicInteger(2)))).isEqualTo("a@2");

        assertThat(reads).containsExactly("a@1", "a@2");
    }

    @Test
    void pastThreeQuartersOfItsLimitAResultIsStillGivenAndReadAgainInTheBackgroundForTheNextCaller() {
        List<String> reads = new ArrayList<>();
        AtomicInteger generation = new AtomicInteger(1);
        KeptReads<String, String> kept = keptFor(Duration.ofMinutes(10));

        kept.get("a", in -> read(reads, in, generation));
        pass(Duration.ofMinutes(7));
        assertThat(kept.get("a", in -> read(reads, in, generation))).as("young: kept, no read").isEqualTo("a@1");
        runBackgroundReads();
        pass(Duration.ofMinutes(1));
        generation.set(2);
        assertThat(kept.get("a", in -> read(reads, in, generation))).as("eight minutes old: given, then read again")
                .isEqualTo("a@1");
        assertThat(reads).as("not by the caller").containsExactly("a@1");
        runBackgroundReads();
        assertThat(reads).containsExactly("a@1", "a@2");
        pass(Duration.ofMinutes(8));
        generation.set(3);
        // sixteen minutes after the first read, eight after the background one: within the limit of the renewed result
        assertThat(kept.get("a", in -> read(reads, in, generation))).isEqualTo("a@2");
        runBackgroundReads();
        assertThat(reads).as("and read again in the background").containsExactly("a@1", "a@2", "a@3");
        assertThat(kept.get("a", in -> read(reads, in, new AtomicInteger(4)))).isEqualTo("a@3");
    }

    @Test
    void aRenewedResultReplacesTheKeptOneAndStartsItsTimeBoundAgain() {
        List<String> reads = new ArrayList<>();
        AtomicInteger generation = new AtomicInteger(1);
        KeptReads<String, String> kept = keptFor(Duration.ofMinutes(10));

        kept.get("a", in -> read(reads, in, generation));
        pass(Duration.ofMinutes(4));
        generation.set(2);
        assertThat(kept.renew("a", in -> read(reads, in, generation))).isEqualTo("a@2");
        pass(Duration.ofMinutes(4));
        // eight minutes after the first read, four after the renewal: the renewed result, no read of its own
        assertThat(kept.get("a", in -> read(reads, in, new AtomicInteger(3)))).isEqualTo("a@2");

        assertThat(reads).containsExactly("a@1", "a@2");
    }

    @Test
    void aFingerprintMovesWithEveryRowWrittenAndStaysWhileNothingIs() {
        DSLContext db = DSL.using(Databases.h2DataSource(), SQLDialect.H2);
        db.execute("create table item (id int primary key, updated_at timestamp)");
        var id = DSL.field(DSL.name("id"), Integer.class);
        var updated = DSL.field(DSL.name("updated_at"), java.time.LocalDateTime.class);
        var item = DSL.table(DSL.name("item"));

        List<Object> empty = KeptReads.fingerprint(db, DSL.select(DSL.count()).from(item),
                DSL.select(DSL.max(updated)).from(item));
        db.insertInto(item, id, updated).values(1, java.time.LocalDateTime.of(2026, 12, 4, 16, 0)).execute();
        List<Object> one = KeptReads.fingerprint(db, DSL.select(DSL.count()).from(item),
                DSL.select(DSL.max(updated)).from(item));

        assertThat(empty).containsExactly(0, null);
        assertThat(one).hasSize(2).isNotEqualTo(empty).first().isEqualTo(1);
        assertThat(KeptReads.fingerprint(db, DSL.select(DSL.count()).from(item),
                DSL.select(DSL.max(updated)).from(item))).isEqualTo(one);
    }

    private static String read(List<String> reads, String inputs, AtomicInteger version) {
        String value = inputs + "@" + version.get();
        reads.add(value);
        return value;
    }
}
