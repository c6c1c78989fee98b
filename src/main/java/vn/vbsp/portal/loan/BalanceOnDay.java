package vn.vbsp.portal.loan;

import java.time.LocalDate;

/** A loan's balances at the end of {@code day}. */
public record BalanceOnDay(LocalDate day, Balance balance) {
}
