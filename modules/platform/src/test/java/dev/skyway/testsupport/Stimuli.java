package dev.skyway.testsupport;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import org.awaitility.core.ConditionFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What the module contracts pass to Spring Modulith's {@code Scenario}: how a stimulus runs and how its outcome is
 * waited for.
 */
public final class Stimuli {

    private Stimuli() {
    }

    /**
     * A stimulus that runs as production runs it, outside any transaction. {@code Scenario.stimulate(Runnable)} and
     * {@code stimulate(Supplier)} wrap the stimulus in a transaction of their own, which a facade call joins
     * unchanged; a poller or a vending runner must not be wrapped: it opens one transaction per item and calls AWS
     * between them.
     */
    public static <S> Function<TransactionOperations, S> outsideTransactions(Supplier<S> stimulus) {
        return tx -> stimulus.get();
    }

    /** Waits on the test thread (a facade reads as the user logged in there) for at most 10 s. */
    public static ConditionFactory onTheTestThread(ConditionFactory await) {
        return await.pollInSameThread().atMost(Duration.ofSeconds(10));
    }
}
