package vn.vbsp.portal.collection.domain;

import vn.vbsp.portal.collection.LinePayment;
import vn.vbsp.portal.shared.Money;

/** A line of a batch that passed its checks: the loan it pays, the amounts (zero for none) and what was due. */
record Checked(LinePayment payment, DayStore.Target target, Money interest, Money principal, Money deposit,
        Money withdrawal, Money interestDue, Money principalDue) {

    String note() {
        String note = payment.note();
        return note == null || note.isBlank() ? null : note.strip();
    }

    /** Whether the typed line pays exactly what the posted line did. */
    static boolean sameAs(LinePayment line, DayStore.Posted posted) {
        return posted.interest() == amount(line.interest()).dong() && posted.principal() == amount(line.principal()).dong()
                && posted.deposit() == amount(line.deposit()).dong()
                && posted.withdrawal() == amount(line.withdrawal()).dong();
    }

    static Money amount(Money typed) {
        return typed == null ? Money.ZERO : typed;
    }

    /** Nothing paid on the line: it is skipped. */
    static boolean empty(LinePayment line) {
        return amount(line.interest()).isZero() && amount(line.principal()).isZero() && amount(line.deposit()).isZero()
                && amount(line.withdrawal()).isZero();
    }
}
