package vn.vbsp.portal.loan.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.shared.CopyRows;
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
    private final DataSource dataSource;
    private final JdbcClient jdbc;

    Ledger(LedgerEntryRepository entries, Formats fmt, Clock clock, MeterRegistry meters, DataSource dataSource,
            JdbcClient jdbc) {
        this.entries = entries;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
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

    /**
     * Writes many rows at once with COPY, in the caller's transaction (for a whole sheet's payments); the rows are
     * checked by the caller on locked loans, as {@link #post} rows are. Read their ids back with {@link #idsOf}.
     */
    void postAll(List<LedgerEntry> rows, String by) {
        if (rows.isEmpty()) {
            return;
        }
        String at = now().toString();
        CopyRows copy = copyRows();
        for (LedgerEntry row : rows) {
            for (Object field : row.copyFields()) {
                if (field == null) {
                    copy.addNull();
                } else if (field instanceof Long number) {
                    copy.add(number);
                } else if (field instanceof LocalDate day) {
                    copy.add(day);
                } else {
                    copy.add(field.toString());
                }
            }
            copy.add(by).add(at);
            copy.end();
        }
        copy.send(dataSource);
        rows.forEach(row -> meters.counter("vbsp.ledger.postings", "kind", row.getKind().name()).increment());
    }

    /**
     * Ledger rows for COPY, column by column: loan, business date, kind, amount, the four balance moves, instalment,
     * note, idempotency key, posted by, posted at.
     */
    static CopyRows copyRows() {
        return new CopyRows("loan_txn", "loan_id", "business_date", "kind", "amount", "d_outstanding", "d_overdue",
                "d_frozen", "d_interest", "instalment_id", "note", "idempotency_key", "posted_by", "posted_at");
    }

    /** The ids of the rows posted under these idempotency keys. */
    Map<String, Long> idsOf(Collection<String> keys) {
        Map<String, Long> ids = new HashMap<>();
        if (!keys.isEmpty()) {
            jdbc.sql("select idempotency_key, id from loan_txn where idempotency_key in (:keys)")
                    .param("keys", List.copyOf(keys))
                    .query(rs -> {
                        ids.put(rs.getString(1), rs.getLong(2));
                    });
        }
        return ids;
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
