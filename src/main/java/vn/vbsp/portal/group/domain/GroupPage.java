package vn.vbsp.portal.group.domain;

import java.util.List;

/** One page of the group list ({@code page} counts from 1) and how many groups match in all. */
public record GroupPage(List<GroupRow> rows, int page, int size, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
