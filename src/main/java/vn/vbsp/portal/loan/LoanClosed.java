package vn.vbsp.portal.loan;

import java.time.LocalDate;

/** A loan left the book: settled (tất toán), written off (xóa nợ) or its disbursement cancelled. */
public record LoanClosed(long loanId, String status, LocalDate on) {
}
