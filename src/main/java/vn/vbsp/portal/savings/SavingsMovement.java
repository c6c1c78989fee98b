package vn.vbsp.portal.savings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.vbsp.portal.shared.Money;

/** One movement of a savings account, with the balance after it. */
public record SavingsMovement(long id, long accountId, LocalDate businessDate, String kind, Money amount,
        Money change, Money balanceAfter, Long reversesId, boolean reversed, String note, String postedBy,
        OffsetDateTime postedAt) {
}
