package vn.vbsp.portal.collection.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.collection.PostingOutcome;
import vn.vbsp.portal.shared.CopyRows;
import vn.vbsp.portal.shared.Money;

/**
 * The writes of a transaction day and the row locks that keep postings apart: the day row is held in share mode
 * while a batch posts (closing takes it exclusively), a group's sheet row exclusively, so two tellers posting the
 * same sheet go one after the other and the second finds the first's lines.
 */
@Component
class DayStore {

    /** A loan named on a batch, as the checks need it. */
    record Target(long loanId, String loanNo, long communeId, Long groupId, long householdId, String status,
            boolean member) {
    }

    /** A line already posted on the day. */
    record Posted(long id, long loanId, long interest, long principal, long deposit, long withdrawal) {
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DayStore(JdbcClient jdbc, DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /** The day's row, created OPEN when the day has none, and held in share mode until the transaction ends. */
    DayRow openShared(long pointId, LocalDate date) {
        return openShared(pointId, date, null);
    }

    /**
     * Likewise, a make-up day taking {@code reason} when it has none yet. The reason is written before the share lock
     * is taken: two tellers each holding the day in share mode and then updating it would wait for each other.
     */
    DayRow openShared(long pointId, LocalDate date, String reason) {
        jdbc.sql("""
                insert into transaction_day (point_id, held_on, status, reason) values (:p, :d, 'OPEN', :r)
                on conflict (point_id, held_on) do nothing
                """).param("p", pointId).param("d", date).param("r", reason).update();
        if (reason != null) {
            jdbc.sql("update transaction_day set reason = :r where point_id = :p and held_on = :d and reason is null")
                    .param("r", reason).param("p", pointId).param("d", date).update();
        }
        return lockDay(pointId, date, "for share");
    }

    /** The day's row held exclusively (to close it). */
    DayRow lockExclusive(long pointId, LocalDate date) {
        jdbc.sql("""
                insert into transaction_day (point_id, held_on, status) values (:p, :d, 'OPEN')
                on conflict (point_id, held_on) do nothing
                """).param("p", pointId).param("d", date).update();
        return lockDay(pointId, date, "for update");
    }

    private DayRow lockDay(long pointId, LocalDate date, String mode) {
        return jdbc.sql("""
                        select id, status, reason, closed_by, closed_at, counted_cash, expected_cash, close_note
                        from transaction_day where point_id = :p and held_on = :d
                        """ + mode).param("p", pointId).param("d", date).query(DayRow.class).single();
    }

    /** The sheet rows of the groups (null for the direct loans), created when missing and locked, by id; id by group. */
    Map<Long, Long> lockSheets(long dayId, Collection<Long> groupIds) {
        for (Long group : groupIds.stream().sorted(java.util.Comparator.nullsFirst(Long::compare)).toList()) {
            if (group == null) {
                jdbc.sql("""
                        insert into collection_sheet (transaction_day_id, group_id, status) values (:d, null, 'DRAFT')
                        on conflict (transaction_day_id) where group_id is null do nothing
                        """).param("d", dayId).update();
            } else {
                jdbc.sql("""
                        insert into collection_sheet (transaction_day_id, group_id, status) values (:d, :g, 'DRAFT')
                        on conflict (transaction_day_id, group_id) do nothing
                        """).param("d", dayId).param("g", group).update();
            }
        }
        Map<Long, Long> sheets = new HashMap<>();
        jdbc.sql("""
                select id, group_id from collection_sheet
                where transaction_day_id = :d and (group_id in (:groups) or (group_id is null and :direct))
                order by id for update
                """).param("d", dayId).param("groups", groupIds.stream().filter(g -> g != null).toList().isEmpty()
                        ? List.of(-1L) : groupIds.stream().filter(g -> g != null).toList())
                .param("direct", groupIds.contains(null))
                .query(rs -> {
                    long group = rs.getLong("group_id");
                    sheets.put(rs.wasNull() ? null : group, rs.getLong("id"));
                });
        return sheets;
    }

    Optional<PostingOutcome> posting(long dayId, String source) {
        return jdbc.sql("""
                        select lines, interest, principal, deposits, withdrawals from collection_posting
                        where transaction_day_id = :d and source = :s
                        """).param("d", dayId).param("s", source)
                .query((rs, n) -> new PostingOutcome(rs.getInt("lines"), Money.of(rs.getLong("interest")),
                        Money.of(rs.getLong("principal")), Money.of(rs.getLong("deposits")),
                        Money.of(rs.getLong("withdrawals")), true))
                .optional();
    }

    Map<String, Target> targets(Collection<String> loanNos, LocalDate date) {
        Map<String, Target> result = new HashMap<>();
        if (loanNos.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select l.id as loan_id, l.loan_no, l.commune_id, l.group_id, l.household_id, l.status,
                       (l.group_id is null or exists (select 1 from group_member m
                           where m.group_id = l.group_id and m.household_id = l.household_id
                             and m.joined_on <= :d and (m.left_on is null or m.left_on > :d))) as member
                from loan l where l.loan_no in (:nos)
                """).param("nos", loanNos).param("d", date).query(Target.class).list()
                .forEach(t -> result.put(t.loanNo(), t));
        return result;
    }

    Map<Long, Posted> postedLines(long dayId, Collection<Long> loanIds) {
        Map<Long, Posted> result = new HashMap<>();
        if (loanIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select id, loan_id, interest_collected as interest, principal_collected as principal,
                       savings_collected as deposit, savings_withdrawn as withdrawal
                from collection_line
                where transaction_day_id = :d and loan_id in (:ids) and reversed_at is null
                """).param("d", dayId).param("ids", loanIds).query(Posted.class).list()
                .forEach(p -> result.put(p.loanId(), p));
        return result;
    }

    /** A checked line with the rows it posted, ready to be written on its sheet. */
    record PostedLine(long sheetId, Checked line, Long interestTxn, Long principalTxn, Long depositTxn,
            Long withdrawalTxn) {
    }

    /** The posted lines, with COPY: a sheet's lines in one round trip, nothing for the server to plan. */
    void insertLines(long dayId, long postingId, List<PostedLine> lines, String by) {
        CopyRows rows = new CopyRows("collection_line", "sheet_id", "transaction_day_id", "loan_id", "interest_due",
                "interest_collected", "principal_due", "principal_collected", "savings_collected", "savings_withdrawn",
                "early", "note", "source_line", "posted_by", "posting_id", "interest_txn_id", "principal_txn_id",
                "deposit_txn_id", "withdrawal_txn_id");
        for (PostedLine p : lines) {
            Checked line = p.line();
            rows.add(p.sheetId()).add(dayId).add(line.target().loanId()).add(line.interestDue().dong())
                    .add(line.interest().dong()).add(line.principalDue().dong()).add(line.principal().dong())
                    .add(line.deposit().dong()).add(line.withdrawal().dong()).add(line.payment().early())
                    .add(line.note()).add(line.payment().line()).add(by).add(postingId).add(p.interestTxn())
                    .add(p.principalTxn()).add(p.depositTxn()).add(p.withdrawalTxn());
            rows.end();
        }
        rows.send(dataSource);
    }

    long insertPosting(long dayId, String source, PostingOutcome outcome, String by) {
        return jdbc.sql("""
                        insert into collection_posting (transaction_day_id, source, lines, interest, principal,
                                                        deposits, withdrawals, posted_by)
                        values (:d, :s, :lines, :i, :p, :dep, :w, :by) returning id
                        """)
                .param("d", dayId).param("s", source).param("lines", outcome.linesPosted())
                .param("i", outcome.interest().dong()).param("p", outcome.principal().dong())
                .param("dep", outcome.deposits().dong()).param("w", outcome.withdrawals().dong()).param("by", by)
                .query(Long.class).single();
    }

    void sheetsPosted(Collection<Long> sheetIds, String by) {
        if (sheetIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update collection_sheet set status = 'POSTED', posted_by = :by, posted_at = now(), version = version + 1
                where id in (:ids)
                """).param("by", by).param("ids", sheetIds).update();
    }

}
