package vn.vbsp.portal.loan.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vbsp.portal.shared.Money;

/** A payment typed on the loan page (principal or interest): the amount binds through the shared money formatter. */
record PaymentForm(Money amount, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate businessDate, String token) {
}
