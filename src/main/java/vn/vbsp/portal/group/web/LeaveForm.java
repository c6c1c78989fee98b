package vn.vbsp.portal.group.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A member leaving the group on a date. */
record LeaveForm(Long memberId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn) {
}
