package vn.vbsp.portal.collection.domain;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets a few batches post at once on this instance, each in its own transaction, and the others wait their turn
 * (first come, first served) before they take a connection. A sheet's posting is work for the processors from start
 * to end; twenty of them side by side on two cores only take turns at the processors, each holding its locks and its
 * connection the longer. Default: one more than the processors ({@code vbsp.collection.postings-at-once}).
 */
@Component
class PostingGate {

    private final Semaphore turns;
    private final TransactionTemplate transactions;

    PostingGate(PlatformTransactionManager transactionManager,
            @Value("${vbsp.collection.postings-at-once:0}") int atOnce) {
        int permits = atOnce > 0 ? atOnce : Runtime.getRuntime().availableProcessors() + 1;
        this.turns = new Semaphore(permits, true);
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Runs {@code work} in a transaction of its own once a turn is free; what it throws rolls it back. */
    <T> T inTurn(Supplier<T> work) {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to post", e);
        }
        try {
            return transactions.execute(status -> work.get());
        } finally {
            turns.release();
        }
    }
}
