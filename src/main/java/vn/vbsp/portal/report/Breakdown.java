package vn.vbsp.portal.report;

import java.util.Locale;
import java.util.Optional;

/** How a portfolio report groups its loans. */
public enum Breakdown {
    ASSOCIATION("coalesce(a.code, 'DIRECT')", "coalesce(a.name, 'Cho vay trực tiếp')"),
    COMMUNE("c.code", "c.name"),
    PROGRAMME("p.code", "p.name"),
    GROUP("coalesce(g.code, 'DIRECT')", "coalesce(g.name, 'Cho vay trực tiếp')"),
    /** The commune's transaction point (one per commune, so it carries the commune's code). */
    POINT("c.code", "coalesce(tp.place, c.name)");

    final String codeSql;
    final String nameSql;

    Breakdown(String codeSql, String nameSql) {
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
