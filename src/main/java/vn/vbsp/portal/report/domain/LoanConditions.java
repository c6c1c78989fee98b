package vn.vbsp.portal.report.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.report.ReportFilter;
import vn.vbsp.portal.user.UserScope;

/**
 * The conditions a report puts on its loans (the table or balance row {@code alias}, with its association, commune
 * and programme ids):
 * the user's scope and the filter, written only when set, so that PostgreSQL plans each query for what it really asks
 * ({@code :x is null or ...} conditions would leave it guessing).
 */
public record LoanConditions(String sql, Map<String, Object> params) {

    public static LoanConditions of(String alias, UserScope scope, ReportFilter filter) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        if (scope.associationId() != null) {
            sql.append(" and ").append(alias).append(".association_id = :scopeAssociation");
            params.put("scopeAssociation", scope.associationId());
        }
        if (scope.communeId() != null) {
            sql.append(" and ").append(alias).append(".commune_id = :scopeCommune");
            params.put("scopeCommune", scope.communeId());
        }
        if (filter.commune() != null) {
            sql.append(" and ").append(alias).append(".commune_id = (select id from commune where code = :communeCode)");
            params.put("communeCode", filter.commune());
        }
        if ("DIRECT".equals(filter.association())) {
            sql.append(" and ").append(alias).append(".association_id is null");
        } else if (filter.association() != null) {
            sql.append(" and ").append(alias).append(".association_id = (select id from association where code = :associationCode)");
            params.put("associationCode", filter.association());
        }
        if (filter.programme() != null) {
            sql.append(" and ").append(alias).append(".programme_id = (select id from programme where code = :programmeCode)");
            params.put("programmeCode", filter.programme());
        }
        return new LoanConditions(sql.toString(), params);
    }

    /** Binds the conditions' parameters to a statement. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        params.forEach(statement::param);
        return statement;
    }
}
