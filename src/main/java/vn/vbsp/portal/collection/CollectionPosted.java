package vn.vbsp.portal.collection;

import java.time.LocalDate;
import vn.vbsp.portal.shared.Money;

/** A batch posted on a commune's transaction day (published in the posting transaction). */
public record CollectionPosted(long transactionDayId, String communeCode, LocalDate date, int lines, Money interest,
        Money principal, Money deposits, Money withdrawals) {
}
