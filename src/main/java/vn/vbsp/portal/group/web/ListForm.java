package vn.vbsp.portal.group.web;

import java.util.Locale;
import java.util.Map;
import vn.vbsp.portal.group.GroupRating;
import vn.vbsp.portal.group.domain.GroupFilter;

/** The group list's filters and page, from the query string. */
record ListForm(Integer associationId, Long communeId, GroupRating rating, String q, Integer page) {

    /** Reads the query string leniently: a mistyped value in a hand-edited URL is simply not applied. */
    static ListForm from(Map<String, String> params) {
        Long association = number(params.get("associationId"));
        String q = params.get("q");
        return new ListForm(association == null || association > Integer.MAX_VALUE ? null : association.intValue(),
                number(params.get("communeId")), rating(params.get("rating")),
                q == null || q.isBlank() ? null : q.strip(), page(params.get("page")));
    }

    GroupFilter filter() {
        return new GroupFilter(associationId, communeId, rating, q);
    }

    int pageOrFirst() {
        return page == null ? 1 : page;
    }

    private static Long number(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(text.strip());
    }

    private static Integer page(String text) {
        Long value = number(text);
        return value == null || value > 100_000 ? null : value.intValue();
    }

    private static GroupRating rating(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return GroupRating.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
