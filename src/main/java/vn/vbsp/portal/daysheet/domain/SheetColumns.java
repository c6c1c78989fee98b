package vn.vbsp.portal.daysheet.domain;

import java.util.List;

/** The columns of the sheet file, in the order CONTRACT §7 fixes. */
public final class SheetColumns {

    public static final String LOAN_NO = "loan_no";
    public static final String PAY_INTEREST = "pay_interest";
    public static final String PAY_PRINCIPAL = "pay_principal";
    public static final String SAVINGS_DEPOSIT = "savings_deposit";
    public static final String SAVINGS_WITHDRAWAL = "savings_withdrawal";
    public static final String EARLY = "early";
    public static final String NOTE = "note";

    public static final List<String> ALL = List.of("group_code", "cccd", "head_name", LOAN_NO, "programme_code",
            "outstanding", "overdue", "interest_due", "principal_due", "savings_balance", PAY_INTEREST, PAY_PRINCIPAL,
            SAVINGS_DEPOSIT, SAVINGS_WITHDRAWAL, EARLY, NOTE);

    /** The columns a filled sheet is read from; at least one of them must be in the file. */
    public static final List<String> AMOUNTS = List.of(PAY_INTEREST, PAY_PRINCIPAL, SAVINGS_DEPOSIT, SAVINGS_WITHDRAWAL);

    private SheetColumns() {
    }
}
