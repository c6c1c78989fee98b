package vn.vbsp.portal.loan.domain;

import java.util.List;

/** One page of a list: its rows, its number (from 0), the page size and how many rows there are in all. */
public record Paged<T>(List<T> rows, int page, int size, long total) {

    public static final int SIZE = 25;

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public long first() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long last() {
        return Math.min(total, (long) (page + 1) * size);
    }

    static int clamp(int page) {
        return Math.max(0, Math.min(page, 100_000));
    }
}
