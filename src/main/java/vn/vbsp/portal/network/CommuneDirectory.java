package vn.vbsp.portal.network;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.vbsp.portal.shared.VietnameseText;

/** The communes of the office, as other modules need them (pick lists, names). */
@Service
public class CommuneDirectory {

    private static final String SELECT = """
            select c.id, c.code, c.name, p.day_of_month as point_day
            from commune c left join transaction_point p on p.commune_id = c.id
            """;

    private final JdbcClient jdbc;

    CommuneDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CommuneSummary> all() {
        var collator = VietnameseText.collator();
        return jdbc.sql(SELECT + " where c.active").query(CommuneSummary.class).list().stream()
                .sorted(Comparator.comparing(CommuneSummary::name, collator))
                .toList();
    }

    public Optional<CommuneSummary> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(CommuneSummary.class).optional();
    }
}
