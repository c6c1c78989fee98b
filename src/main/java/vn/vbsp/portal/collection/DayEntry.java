package vn.vbsp.portal.collection;

import java.time.LocalDate;
import java.util.List;

/**
 * A batch of payments to post on a commune's transaction day in one transaction, all or nothing: one group's sheet
 * from the day page, or a whole filled sheet file. {@code reason} is required on a make-up day. {@code source} names
 * the batch for idempotency (the page's form token, or the file's content hash): the same source twice posts once.
 */
public record DayEntry(String communeCode, LocalDate date, String reason, String source, List<LinePayment> lines) {
}
