package vn.vbsp.portal.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vbsp.portal.shared.RateTable;

/** The reference data the migrations seeded (organisations, programmes and their rates, capital sources). */
record Catalogue(Map<String, Short> associations, Map<String, Programme> programmes, Map<String, Short> capitalSources) {

    record Programme(short id, String code, Long ceiling, Integer maxTermMonths, Set<String> eligibleCategories,
            BigDecimal overdueRatePct, RateTable rates) {

        boolean allows(String category) {
            return eligibleCategories.contains(category);
        }
    }

    Programme programme(String code) {
        Programme programme = programmes.get(code);
        if (programme == null) {
            throw new IllegalStateException("programme " + code + " is missing from the catalogue");
        }
        return programme;
    }

    short association(String code) {
        Short id = associations.get(code);
        if (id == null) {
            throw new IllegalStateException("association " + code + " is missing");
        }
        return id;
    }

    static Catalogue read(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            Map<String, Short> associations = codes(st, "select code, id from association");
            Map<String, Short> sources = codes(st, "select code, id from capital_source");
            Map<Short, List<RateTable.Rate>> rates = new HashMap<>();
            try (ResultSet rs = st.executeQuery("select programme_id, effective_from, annual_rate from programme_rate")) {
                while (rs.next()) {
                    rates.computeIfAbsent(rs.getShort(1), id -> new ArrayList<>())
                            .add(new RateTable.Rate(rs.getObject(2, java.time.LocalDate.class), rs.getBigDecimal(3)));
                }
            }
            Map<String, Programme> programmes = new LinkedHashMap<>();
            try (ResultSet rs = st.executeQuery("""
                    select id, code, ceiling, max_term_months, eligible_categories, overdue_rate_pct
                    from programme where active order by id""")) {
                while (rs.next()) {
                    short id = rs.getShort(1);
                    if (!rates.containsKey(id)) {
                        continue;
                    }
                    programmes.put(rs.getString(2), new Programme(id, rs.getString(2), rs.getObject(3, Long.class),
                            rs.getObject(4, Integer.class), Set.of(rs.getString(5).split(",")), rs.getBigDecimal(6),
                            RateTable.of(rates.get(id))));
                }
            }
            return new Catalogue(associations, programmes, sources);
        }
    }

    private static Map<String, Short> codes(Statement st, String sql) throws SQLException {
        Map<String, Short> result = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getShort(2));
            }
        }
        return result;
    }
}
