package vn.vbsp.portal.capital.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.shared.VietnameseText;

/** The capital plan pages: plan, used and left per commune and programme, and one commune's plan by source. */
@Service
public class CapitalQuery {

    /** A commune's plan for one programme in a year, against what was used. */
    public record Row(long communeId, String communeName, int programmeId, String programmeCode, String programmeName,
            Money plan, Money disbursed, Money approvedWaiting) {

        public Money left() {
            return plan.minus(disbursed).minus(approvedWaiting);
        }

        public boolean overspent() {
            return left().isNegative();
        }
    }

    public record Source(int id, String code, String name) {
    }

    public record Programme(int id, String code, String name) {
    }

    /** One cell of a commune's plan: programme × source. */
    public record Cell(int programmeId, int sourceId, Money amount) {
    }

    public record Commune(long id, String code, String name) {
    }

    private final JdbcClient jdbc;

    CapitalQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every commune and programme with a plan or with lending in the year. */
    @Transactional(readOnly = true)
    public List<Row> overview(int year) {
        var collator = VietnameseText.collator();
        return jdbc.sql("""
                with planned as (
                    select commune_id, programme_id, sum(amount) as plan from capital_plan where year = :year
                    group by commune_id, programme_id),
                lent as (
                    select commune_id, programme_id, sum(principal) as disbursed from loan
                    where status <> 'CANCELLED' and disbursed_on between :first and :last group by commune_id, programme_id),
                waiting as (
                    select commune_id, programme_id, sum(amount) as waiting from loan_application
                    where status = 'APPROVED' and approved_on between :first and :last group by commune_id, programme_id),
                keys as (select commune_id, programme_id from planned union select commune_id, programme_id from lent
                         union select commune_id, programme_id from waiting)
                select c.id as commune_id, c.name as commune_name, p.id as programme_id, p.code as programme_code,
                       p.name as programme_name, coalesce(pl.plan, 0) as plan, coalesce(l.disbursed, 0) as disbursed,
                       coalesce(w.waiting, 0) as waiting
                from keys k join commune c on c.id = k.commune_id join programme p on p.id = k.programme_id
                left join planned pl on pl.commune_id = k.commune_id and pl.programme_id = k.programme_id
                left join lent l on l.commune_id = k.commune_id and l.programme_id = k.programme_id
                left join waiting w on w.commune_id = k.commune_id and w.programme_id = k.programme_id
                order by p.id
                """)
                .param("year", year).param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Row(rs.getLong("commune_id"), rs.getString("commune_name"), rs.getInt("programme_id"),
                        rs.getString("programme_code"), rs.getString("programme_name"), Money.of(rs.getLong("plan")),
                        Money.of(rs.getLong("disbursed")), Money.of(rs.getLong("waiting"))))
                .list().stream()
                .sorted(Comparator.comparing(Row::communeName, collator))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Source> sources() {
        return jdbc.sql("select id, code, name from capital_source order by id").query(Source.class).list();
    }

    @Transactional(readOnly = true)
    public List<Programme> programmes() {
        return jdbc.sql("select id, code, name from programme where active order by id").query(Programme.class).list();
    }

    @Transactional(readOnly = true)
    public List<Cell> cells(int year, long communeId) {
        return jdbc.sql("select programme_id, source_id, amount from capital_plan where year = :year and commune_id = :communeId")
                .param("year", year).param("communeId", communeId)
                .query((rs, n) -> new Cell(rs.getInt("programme_id"), rs.getInt("source_id"), Money.of(rs.getLong("amount"))))
                .list();
    }

    @Transactional(readOnly = true)
    public List<Commune> communes() {
        var collator = VietnameseText.collator();
        return jdbc.sql("select id, code, name from commune where active").query(Commune.class).list().stream()
                .sorted(Comparator.comparing(Commune::name, collator)).toList();
    }
}
