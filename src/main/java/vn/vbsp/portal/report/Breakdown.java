package vn.vbsp.portal.report;

import java.util.Locale;
import java.util.Optional;

/**
 * How a portfolio report groups its loans: by the id of the organisation, commune, programme, group or transaction
 * point (a loan's balance row carries those ids), then named by joining that one table to the few groups found.
 */
public enum Breakdown {
    ASSOCIATION("b.association_id", "left join association a on a.id = agg.key",
            "coalesce(a.code, 'DIRECT')", "coalesce(a.name, 'Cho vay trực tiếp')"),
    COMMUNE("b.commune_id", "left join commune c on c.id = agg.key", "c.code", "c.name"),
    PROGRAMME("b.programme_id", "left join programme p on p.id = agg.key", "p.code", "p.name"),
    GROUP("b.group_id", "left join savings_group g on g.id = agg.key",
            "coalesce(g.code, 'DIRECT')", "coalesce(g.name, 'Cho vay trực tiếp')"),
    /** The commune's transaction point (one per commune, so it carries the commune's code). */
    POINT("b.commune_id", "left join commune c on c.id = agg.key left join transaction_point tp on tp.commune_id = agg.key",
            "c.code", "coalesce(tp.place, c.name)");

    final String keySql;
    final String joinSql;
    final String codeSql;
    final String nameSql;

    Breakdown(String keySql, String joinSql, String codeSql, String nameSql) {
        this.keySql = keySql;
        this.joinSql = joinSql;
        this.codeSql = codeSql;
        this.nameSql = nameSql;
    }

    /** {@code association}, {@code commune}, ... as the report URLs write it. */
    public static Optional<Breakdown> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }
}
