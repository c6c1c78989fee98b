package vn.vbsp.portal.loan.domain;

/** The kinds of ledger rows ({@code loan_txn.kind}). */
public enum TxnKind {
    OPENING_BALANCE, DISBURSEMENT, PRINCIPAL_REPAYMENT, INTEREST_CHARGE, INTEREST_PAYMENT, OVERDUE_TRANSFER,
    EXTENSION, RESCHEDULE, FREEZE, WRITE_OFF, REVERSAL
}
