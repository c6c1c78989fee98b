package vn.vbsp.portal.group.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vbsp.portal.group.GroupRating;

/** A year's rating of the group. */
record RatingForm(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull(message = "{group.error.rating-required}") GroupRating rating,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ratedOn,
        @Size(max = 300) String note) {
}
