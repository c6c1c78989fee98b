package vn.vbsp.portal.loan.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.shared.Formats;

/**
 * Writes ledger rows and guards their business dates. The ledger is written in date order: a posting is never dated
 * in the future, before the loan existed, or before the loan's latest posting (a correction is a reversal, not a
 * posting slipped in between).
 */
@Component
public class Ledger {

    private final LedgerEntryRepository entries;
    private final Formats fmt;
    private final Clock clock;
    private final MeterRegistry meters;

    Ledger(LedgerEntryRepository entries, Formats fmt, Clock clock, MeterRegistry meters) {
        this.entries = entries;
        this.fmt = fmt;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Writes the row at once, so that the balances read right after it include it; counted by kind in
     * {@code vbsp.ledger.postings} (rows written, rolled-back transactions included).
     */
    LedgerEntry post(LedgerEntry entry, String by) {
        LedgerEntry saved = entries.saveAndFlush(entry.postedBy(by, now()));
        meters.counter("vbsp.ledger.postings", "kind", saved.getKind().name()).increment();
        return saved;
    }

    boolean posted(String idempotencyKey) {
        return idempotencyKey != null && entries.existsByIdempotencyKey(idempotencyKey);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The office's calendar day of a moment. */
    LocalDate dayOf(OffsetDateTime moment) {
        return moment.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    /** The loan takes postings: it is still active. */
    void checkOpen(Loan loan) {
        if (!loan.isActive()) {
            throw new LoanRuleException("loan.error.closed", loan.getLoanNo(),
                    LoanRuleException.label("loan.status." + loan.getStatus()));
        }
    }

    /** A business date the loan can take a posting on. */
    void checkDate(Loan loan, LocalDate date) {
        checkExisted(loan, date);
        LocalDate latest = entries.latestDate(loan.getId()).orElse(loan.getDisbursedOn());
        if (date.isBefore(latest)) {
            throw LoanRuleException.at("businessDate", "loan.error.before-latest", fmt.date(date), fmt.date(latest));
        }
    }

    /** A day on which the loan existed: not in the future, not before its disbursement. */
    void checkExisted(Loan loan, LocalDate date) {
        checkNotFuture(date);
        if (date.isBefore(loan.getDisbursedOn())) {
            throw LoanRuleException.at("businessDate", "loan.error.before-disbursement", fmt.date(date),
                    fmt.date(loan.getDisbursedOn()));
        }
    }

    void checkNotFuture(LocalDate date) {
        if (date == null) {
            throw LoanRuleException.at("businessDate", "loan.error.date-required");
        }
        if (date.isAfter(today())) {
            throw LoanRuleException.at("businessDate", "loan.error.future-date", fmt.date(date));
        }
    }
}
