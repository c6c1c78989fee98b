package vn.vbsp.portal.support.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Many users at once for a while: each on a thread of its own, doing its steps one after another until the time is
 * up, all starting at the same instant. A step that throws is counted as an error and the user goes on.
 */
public final class LoadRun {

    /** One simulated user: {@code step(n)} is its n-th thing done. */
    public interface User {
        void step(int n) throws Exception;
    }

    /** How a run went: how long the users ran, how many steps they took, how many failed. */
    public record Result(Duration wall, long steps, long errors, List<Throwable> firstErrors) {
    }

    private LoadRun() {
    }

    public static Result run(int users, Duration duration, IntFunction<User> newUser) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(users);
        CountDownLatch go = new CountDownLatch(1);
        AtomicLong steps = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<Throwable> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        long[] deadline = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            User user = newUser.apply(u);
            Thread thread = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int n = 0; System.nanoTime() < deadline[0]; n++) {
                    try {
                        user.step(n);
                        steps.incrementAndGet();
                    } catch (Exception | AssertionError e) {
                        errors.incrementAndGet();
                        if (firstErrors.size() < 5) {
                            firstErrors.add(e);
                        }
                    }
                }
            }, "load-user-" + u);
            threads.add(thread);
            thread.start();
        }
        ready.await();
        long started = System.nanoTime();
        deadline[0] = started + duration.toNanos();
        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(Duration.ofNanos(System.nanoTime() - started), steps.get(), errors.get(), firstErrors);
    }
}
