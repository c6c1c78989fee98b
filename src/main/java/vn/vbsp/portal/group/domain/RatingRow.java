package vn.vbsp.portal.group.domain;

import java.time.LocalDate;
import vn.vbsp.portal.group.GroupRating;

/** A year's rating of a group. */
public record RatingRow(int year, GroupRating rating, LocalDate ratedOn, String note) {
}
