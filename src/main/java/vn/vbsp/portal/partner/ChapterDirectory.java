package vn.vbsp.portal.partner;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The chapters of the four organisations, read-only, for other modules. */
@Service
public class ChapterDirectory {

    private static final String SELECT = """
            select ch.id, ch.association_id, a.code as association_code, a.name as association_name,
                   ch.level, ch.commune_id, c.name as commune_name
            from association_chapter ch
            join association a on a.id = ch.association_id
            left join commune c on c.id = ch.commune_id
            """;

    private final JdbcClient jdbc;

    ChapterDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ChapterSummary> find(long id) {
        return jdbc.sql(SELECT + " where ch.id = :id").param("id", id).query(ChapterSummary.class).optional();
    }

    /** Commune chapters, by organisation then commune name; optionally of one organisation and one commune only. */
    public List<ChapterSummary> communeChapters(Integer associationId, Long communeId) {
        return jdbc.sql(SELECT + """
                 where ch.level = 'COMMUNE'
                   and (cast(:associationId as integer) is null or ch.association_id = :associationId)
                   and (cast(:communeId as bigint) is null or ch.commune_id = :communeId)
                 order by ch.association_id, c.name
                """)
                .param("associationId", associationId)
                .param("communeId", communeId)
                .query(ChapterSummary.class)
                .list();
    }
}
