package vn.vbsp.portal.partner;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The four entrusting organisations. */
@Service
public class AssociationDirectory {

    private final JdbcClient jdbc;

    AssociationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AssociationSummary> all() {
        return jdbc.sql("select id, code, name from association order by id").query(AssociationSummary.class).list();
    }

    public Optional<AssociationSummary> find(int id) {
        return jdbc.sql("select id, code, name from association where id = :id").param("id", id)
                .query(AssociationSummary.class).optional();
    }

    /** {@code HND}, {@code hnd}: the organisation with that code. */
    public Optional<AssociationSummary> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, code, name from association where code = :code")
                .param("code", code.strip().toUpperCase(Locale.ROOT))
                .query(AssociationSummary.class).optional();
    }
}
