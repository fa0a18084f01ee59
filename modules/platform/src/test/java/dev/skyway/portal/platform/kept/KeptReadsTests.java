package dev.skyway.portal.platform.kept;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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

    @Test
    void aResultIsNotKeptLongerThanItsLimitWhenTheVersionStaysTheSame() throws InterruptedException {
        List<String> reads = new ArrayList<>();
        KeptReads<String, String> kept = new KeptReads<>(16, Duration.ofMillis(50), () -> 1);

        kept.get("a", in -> read(reads, in, new AtomicInteger(1)));
        Thread.sleep(120);
        kept.get("a", in -> read(reads, in, new AtomicInteger(1)));

        assertThat(reads).hasSize(2);
    }

    @Test
    void aRenewedResultReplacesTheKeptOneAndStartsItsTimeBoundAgain() throws InterruptedException {
        List<String> reads = new ArrayList<>();
        AtomicInteger generation = new AtomicInteger(1);
        KeptReads<String, String> kept = new KeptReads<>(16, Duration.ofMillis(300), () -> 1);

        kept.get("a", in -> read(reads, in, generation));
        Thread.sleep(200);
        generation.set(2);
        assertThat(kept.renew("a", in -> read(reads, in, generation))).isEqualTo("a@2");
        Thread.sleep(200);
        // 400 ms after the first read, 200 ms after the renewal: the renewed result, no read of its own
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
