package vn.vbsp.portal.network;

import java.time.LocalDate;

/** A fixed monthly transaction day at a commune's point. */
public record TransactionDay(LocalDate date, long communeId, String communeName, String place) {
}
