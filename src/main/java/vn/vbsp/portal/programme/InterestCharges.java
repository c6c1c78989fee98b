package vn.vbsp.portal.programme;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The interest already charged to a programme's loans, as the loan module (which owns the ledger and depends on this
 * module) knows it.
 */
public interface InterestCharges {

    /** The latest business date on which interest was charged to a loan of the programme. */
    Optional<LocalDate> lastCharged(int programmeId);
}
