package vn.vbsp.portal.loan;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import vn.vbsp.portal.shared.CopyRows;

/**
 * The opening balances of an imported loan book, written into the ledger by the loan module in one COPY: the import
 * adds one row per loan and sends them on its own connection (inside its transaction).
 */
public final class LoanBookOpening {

    /** The name the import's count of created rows goes under. */
    public static final String LEDGER = "loan_txn";

    private final CopyRows rows = new CopyRows(LEDGER, "loan_id", "business_date", "kind", "amount", "d_outstanding",
            "d_overdue", "d_frozen", "reference", "note", "idempotency_key", "posted_by");

    /** One loan's balances brought over on {@code asOf}; the outstanding is also the row's amount. */
    public LoanBookOpening add(long loanId, LocalDate asOf, long outstanding, long overdue, long frozen,
            String reference, String note, String idempotencyKey, String postedBy) {
        rows.add(loanId).add(asOf).add("OPENING_BALANCE").add(outstanding).add(outstanding).add(overdue).add(frozen)
                .add(reference).add(note).add(idempotencyKey).add(postedBy).end();
        return this;
    }

    /** Sends the rows in one COPY and answers how many were written. */
    public int send(Connection connection) throws SQLException {
        return rows.send(connection);
    }
}
