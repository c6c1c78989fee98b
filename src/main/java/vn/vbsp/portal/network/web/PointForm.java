package vn.vbsp.portal.network.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.vbsp.portal.network.domain.NetworkQuery.PointView;

/** Where and on which day of each month the point is held; {@code version} null while the commune has no point. */
record PointForm(
        @NotBlank @Size(max = 300) String place,
        @NotNull(message = "{network.error.day-range}")
        @Min(value = 1, message = "{network.error.day-range}")
        @Max(value = 31, message = "{network.error.day-range}") Integer dayOfMonth,
        Boolean active,
        Long version) {

    /** An unticked checkbox sends nothing (or only Spring's "_active" marker): that means no. */
    PointForm {
        active = Boolean.TRUE.equals(active);
    }

    static PointForm empty() {
        return new PointForm("", null, true, null);
    }

    static PointForm of(PointView point) {
        return new PointForm(point.place(), point.dayOfMonth(), point.active(), point.version());
    }
}
