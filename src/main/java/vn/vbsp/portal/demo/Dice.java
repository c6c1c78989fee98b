package vn.vbsp.portal.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The demo's only source of chance: seeded, so that the same seed gives the same office every time. */
final class Dice {

    private final SplittableRandom random;

    Dice(long seed) {
        this(new SplittableRandom(seed));
    }

    private Dice(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so that one part of the demo can change without reshuffling the others. */
    Dice split() {
        return new Dice(random.split());
    }

    long seed() {
        return random.nextLong();
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    long between(long low, long high) {
        return random.nextLong(low, high + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double fraction() {
        return random.nextDouble();
    }

    /** A day from {@code first} to {@code last}, both included. */
    LocalDate day(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 0 ? first : first.plusDays(random.nextLong(days + 1));
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return copy;
    }
}
