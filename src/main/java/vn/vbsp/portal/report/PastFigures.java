package vn.vbsp.portal.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import vn.vbsp.portal.report.domain.LedgerReads;

/**
 * Figures worked out from the ledger up to past days (money moved in a closed quarter, the loans that paid interest
 * in a closed month), read once per state of those days: they are kept until a posting reaches back to one of the
 * days (which rebuilds its balance snapshot), a loan's keys or the names reports show change, or an hour passes. For
 * whatever else a page shows (plans, inspections, settings) ask afresh each time.
 */
@Service
public class PastFigures {

    private final LedgerReads reads;

    PastFigures(LedgerReads reads) {
        this.reads = reads;
    }

    /**
     * {@code compute}'s result for these days. {@code asked} names the figure and every argument it depends on besides
     * the ledger (value equality: a list or a record); when a day is today or later, it is simply computed.
     */
    public <T> T of(Object asked, Collection<LocalDate> days, Supplier<T> compute) {
        return reads.read(asked, days, compute);
    }
}
