package vn.vbsp.portal.partner.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.vbsp.portal.network.CommuneSummary;
import vn.vbsp.portal.partner.PartnerScope;

/**
 * Chapters and contracts as the screens show them. A commune-level officer sees the district committee and their
 * own commune's chapter; an officer of another organisation sees nothing of this one.
 */
@Service
public class PartnerQuery {

    private static final String SCOPE = """
             and (cast(:associationId as integer) is null or ch.association_id = :associationId)
             and (cast(:communeId as bigint) is null or ch.commune_id is null or ch.commune_id = :communeId)
            """;

    private static final String CHAPTERS = """
            select ch.id, ch.association_id, ch.level, ch.commune_id, c.name as commune_name, ch.chair_name, ch.phone
            from association_chapter ch
            left join commune c on c.id = ch.commune_id
            where true
            """;

    private static final String CONTRACTS = """
            select k.id, k.chapter_id, ch.association_id, ch.level, c.name as commune_name,
                   k.contract_no, k.signed_on, k.ends_on, k.tasks
            from entrustment_contract k
            join association_chapter ch on ch.id = k.chapter_id
            left join commune c on c.id = ch.commune_id
            where true
            """;

    private final JdbcClient jdbc;

    PartnerQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The chapters of every organisation in scope: district level first, then communes by name. */
    public List<ChapterRow> chapters(PartnerScope scope) {
        return jdbc.sql(CHAPTERS + SCOPE + " order by ch.association_id, ch.level desc, c.name")
                .param("associationId", scope.associationId())
                .param("communeId", scope.communeId())
                .query(ChapterRow.class).list();
    }

    public Optional<ChapterRow> chapter(long id, PartnerScope scope) {
        return jdbc.sql(CHAPTERS + " and ch.id = :id" + SCOPE)
                .param("id", id)
                .param("associationId", scope.associationId())
                .param("communeId", scope.communeId())
                .query(ChapterRow.class).optional();
    }

    public List<ContractRow> contracts(PartnerScope scope) {
        return jdbc.sql(CONTRACTS + SCOPE + " order by ch.association_id, ch.level desc, c.name, k.signed_on desc")
                .param("associationId", scope.associationId())
                .param("communeId", scope.communeId())
                .query(ContractRow.class).list();
    }

    public Optional<ContractRow> contract(long id, PartnerScope scope) {
        return jdbc.sql(CONTRACTS + " and k.id = :id" + SCOPE)
                .param("id", id)
                .param("associationId", scope.associationId())
                .param("communeId", scope.communeId())
                .query(ContractRow.class).optional();
    }

    /** Active communes where the organisation has no chapter yet. */
    public List<CommuneSummary> communesWithoutChapter(int associationId) {
        return jdbc.sql("""
                select c.id, c.code, c.name, p.day_of_month as point_day
                from commune c
                left join transaction_point p on p.commune_id = c.id
                where c.active
                  and not exists (select 1 from association_chapter ch
                                  where ch.association_id = :associationId and ch.commune_id = c.id)
                order by c.name
                """)
                .param("associationId", associationId)
                .query(CommuneSummary.class).list();
    }
}
