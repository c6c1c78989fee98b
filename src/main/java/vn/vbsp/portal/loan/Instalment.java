package vn.vbsp.portal.loan;

import java.time.LocalDate;
import java.util.Objects;
import vn.vbsp.portal.shared.Money;

/** One principal instalment of a repayment schedule: its number (from 1), due date and principal. */
public record Instalment(int seq, LocalDate dueOn, Money principalDue) {

    public Instalment {
        if (seq < 1) {
            throw new IllegalArgumentException("seq must be positive: " + seq);
        }
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(principalDue, "principalDue");
        if (principalDue.isNegative()) {
            throw new IllegalArgumentException("principalDue must not be negative: " + principalDue);
        }
    }
}
