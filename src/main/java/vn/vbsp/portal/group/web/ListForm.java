package vn.vbsp.portal.group.web;

import vn.vbsp.portal.group.GroupRating;
import vn.vbsp.portal.group.domain.GroupFilter;

/** The group list's filters and page, from the query string. */
record ListForm(Integer associationId, Long communeId, GroupRating rating, String q, Integer page) {

    GroupFilter filter() {
        return new GroupFilter(associationId, communeId, rating, q);
    }

    int pageOrFirst() {
        return page == null ? 1 : page;
    }
}
