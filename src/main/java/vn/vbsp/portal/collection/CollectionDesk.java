package vn.vbsp.portal.collection;

import java.time.LocalDate;
import vn.vbsp.portal.user.UserScope;

/**
 * The transaction day as the web pages and the sheet files use it. To be built: this face fixes the signatures that
 * the day page and the 13/TD files (CONTRACT §7) share.
 */
public interface CollectionDesk {

    /** The sheets of the commune's day at the end of {@code date}; 404-like {@code IllegalArgumentException} when unknown. */
    DaySheets sheets(String communeCode, LocalDate date, UserScope scope);

    /** Checks the whole batch, then posts it in one transaction, or refuses it with every wrong line. */
    PostingOutcome post(DayEntry entry, String by) throws SheetRefused;
}
