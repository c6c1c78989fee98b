package vn.vbsp.portal.loan.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.vbsp.portal.loan.domain.DecisionKind;
import vn.vbsp.portal.shared.Money;

/** A risk decision proposed on the loan page; the amount (freezing, write-off) binds through the shared money formatter. */
record ProposalForm(DecisionKind kind, String decisionNo, String reason,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn, Money amount, Long instalmentId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueOn, Integer newIntervalMonths) {
}
