package vn.vbsp.portal.collection.domain;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.shared.Money;

/** What a transaction day holds once posted: its lines, its totals per programme, disbursements and reversals. */
@Component
public class DayBook {

    /** A line posted on the day (reversed ones included, marked). */
    public record PostedLine(long id, long loanId, String loanNo, Long groupId, String headName, Money interest,
            Money principal, Money deposit, Money withdrawal, boolean early, String note, String postedBy,
            OffsetDateTime postedAt, String reversedBy, OffsetDateTime reversedAt, String reversalReason) {

        public boolean reversed() {
            return reversedAt != null;
        }
    }

    /** Money collected on the day under one programme. */
    public record ProgrammeTotal(String programmeCode, int lines, Money interest, Money principal, Money deposits,
            Money withdrawals) {
    }

    /** A disbursement made at the point on the day. */
    public record Disbursed(long applicationId, long loanId, String loanNo, String headName, String programmeCode,
            Money amount, String postedBy) {
    }

    /** A director's correction shown on the day. */
    public record Reversal(long id, String loanNo, String what, String reason, String reversedBy,
            OffsetDateTime reversedAt) {
    }

    /** The day's totals by kind, and the cash the teller should hold: collected in less paid out. */
    public record Totals(Money interest, Money principal, Money deposits, Money withdrawals, Money disbursed) {

        public static final Totals NONE = new Totals(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

        public Money expectedCash() {
            return interest.plus(principal).plus(deposits).minus(withdrawals).minus(disbursed);
        }
    }

    private final JdbcClient jdbc;

    DayBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PostedLine> lines(long dayId) {
        return jdbc.sql("""
                        select cl.id, cl.loan_id, l.loan_no, l.group_id, h.head_name,
                               cl.interest_collected as interest, cl.principal_collected as principal,
                               cl.savings_collected as deposit, cl.savings_withdrawn as withdrawal, cl.early, cl.note,
                               cl.posted_by, cl.posted_at, cl.reversed_by, cl.reversed_at, cl.reversal_reason
                        from collection_line cl
                        join loan l on l.id = cl.loan_id
                        join household h on h.id = l.household_id
                        where cl.transaction_day_id = :d
                        order by cl.id
                        """).param("d", dayId)
                .query((rs, n) -> new PostedLine(rs.getLong("id"), rs.getLong("loan_id"), rs.getString("loan_no"),
                        rs.getObject("group_id", Long.class), rs.getString("head_name"), money(rs.getLong("interest")),
                        money(rs.getLong("principal")), money(rs.getLong("deposit")), money(rs.getLong("withdrawal")),
                        rs.getBoolean("early"), rs.getString("note"), rs.getString("posted_by"),
                        rs.getObject("posted_at", OffsetDateTime.class), rs.getString("reversed_by"),
                        rs.getObject("reversed_at", OffsetDateTime.class), rs.getString("reversal_reason")))
                .list();
    }

    public List<ProgrammeTotal> byProgramme(long dayId) {
        return jdbc.sql("""
                        select p.code, count(*) as lines, sum(cl.interest_collected) as interest,
                               sum(cl.principal_collected) as principal, sum(cl.savings_collected) as deposits,
                               sum(cl.savings_withdrawn) as withdrawals
                        from collection_line cl
                        join loan l on l.id = cl.loan_id
                        join programme p on p.id = l.programme_id
                        where cl.transaction_day_id = :d and cl.reversed_at is null
                        group by p.code order by p.code
                        """).param("d", dayId)
                .query((rs, n) -> new ProgrammeTotal(rs.getString("code"), rs.getInt("lines"),
                        money(rs.getLong("interest")), money(rs.getLong("principal")), money(rs.getLong("deposits")),
                        money(rs.getLong("withdrawals"))))
                .list();
    }

    public List<Disbursed> disbursements(long dayId) {
        return jdbc.sql("""
                        select d.application_id, d.loan_id, l.loan_no, h.head_name, p.code, d.amount, d.posted_by
                        from collection_disbursement d
                        join loan l on l.id = d.loan_id
                        join household h on h.id = l.household_id
                        join programme p on p.id = l.programme_id
                        where d.transaction_day_id = :d and l.status <> 'CANCELLED'
                        order by d.id
                        """).param("d", dayId)
                .query((rs, n) -> new Disbursed(rs.getLong("application_id"), rs.getLong("loan_id"),
                        rs.getString("loan_no"), rs.getString("head_name"), rs.getString("code"),
                        money(rs.getLong("amount")), rs.getString("posted_by")))
                .list();
    }

    public List<Reversal> reversals(long dayId) {
        return jdbc.sql("""
                        select r.id, l.loan_no, r.what, r.reason, r.reversed_by, r.reversed_at
                        from collection_reversal r
                        join loan l on l.id = r.loan_id
                        where r.transaction_day_id = :d
                        order by r.id
                        """).param("d", dayId)
                .query((rs, n) -> new Reversal(rs.getLong("id"), rs.getString("loan_no"), rs.getString("what"),
                        rs.getString("reason"), rs.getString("reversed_by"),
                        rs.getObject("reversed_at", OffsetDateTime.class)))
                .list();
    }

    public Totals totals(long dayId) {
        return jdbc.sql("""
                        select coalesce(sum(interest_collected), 0) as interest,
                               coalesce(sum(principal_collected), 0) as principal,
                               coalesce(sum(savings_collected), 0) as deposits,
                               coalesce(sum(savings_withdrawn), 0) as withdrawals,
                               (select coalesce(sum(d.amount), 0) from collection_disbursement d
                                join loan l on l.id = d.loan_id
                                where d.transaction_day_id = :d and l.status <> 'CANCELLED') as disbursed
                        from collection_line where transaction_day_id = :d and reversed_at is null
                        """).param("d", dayId)
                .query((rs, n) -> new Totals(money(rs.getLong("interest")), money(rs.getLong("principal")),
                        money(rs.getLong("deposits")), money(rs.getLong("withdrawals")), money(rs.getLong("disbursed"))))
                .single();
    }

    private static Money money(long dong) {
        return Money.of(dong);
    }
}
