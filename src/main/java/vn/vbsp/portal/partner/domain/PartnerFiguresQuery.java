package vn.vbsp.portal.partner.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.partner.AssociationDirectory;
import vn.vbsp.portal.partner.AssociationSummary;
import vn.vbsp.portal.partner.PartnerScope;

/**
 * The organisations' figures: the balances of their loans on a date from the loan module ({@code LoanBalances}, the
 * one place balances come from); {@code loan.association_id} says whose a loan is. Groups and households come from the groups' membership.
 */
@Service
public class PartnerFiguresQuery {

    /** Groups and households per organisation and commune; the money comes from the loan module. */
    private static final String GROUPS_AND_HOUSEHOLDS = """
            with grp as (
                select g.association_id, v.commune_id, count(*) as groups
                from savings_group g
                join village v on v.id = g.village_id
                where g.active
                group by g.association_id, v.commune_id
            ),
            hh as (
                -- a household is active in at most one group per organisation (a unique index), so these add up
                select m.association_id, v.commune_id, count(distinct m.household_id) as households
                from group_member m
                join savings_group g on g.id = m.group_id
                join village v on v.id = g.village_id
                where m.left_on is null and g.active
                group by m.association_id, v.commune_id
            )
            select coalesce(grp.association_id, hh.association_id) as association_id,
                   coalesce(grp.commune_id, hh.commune_id) as commune_id,
                   coalesce(grp.groups, 0) as groups, coalesce(hh.households, 0) as households
            from grp full join hh on hh.association_id = grp.association_id and hh.commune_id = grp.commune_id
            """;

    private record Key(int associationId, long communeId) {
    }

    private record Commune(long id, String code, String name) {
    }

    private final JdbcClient jdbc;
    private final LoanBalances balances;
    private final AssociationDirectory associations;

    PartnerFiguresQuery(JdbcClient jdbc, LoanBalances balances, AssociationDirectory associations) {
        this.jdbc = jdbc;
        this.balances = balances;
        this.associations = associations;
    }

    /**
     * Each organisation the reader may see, with its communes. A commune-level officer sees their commune only,
     * and the share is then of that commune's entrusted outstanding.
     */
    @Transactional(readOnly = true)
    public List<AssociationFigures> figures(LocalDate asOf, PartnerScope scope) {
        Map<Key, long[]> figures = new HashMap<>();
        jdbc.sql(GROUPS_AND_HOUSEHOLDS).query(rs -> {
            long[] f = figures.computeIfAbsent(new Key(rs.getInt("association_id"), rs.getLong("commune_id")), k -> new long[4]);
            f[0] = rs.getLong("groups");
            f[1] = rs.getLong("households");
        });
        Map<Long, Long> communeEntrusted = new HashMap<>();
        for (LoanBalances.Held loan : balances.entrusted(asOf)) {
            long[] f = figures.computeIfAbsent(new Key(loan.associationId(), loan.communeId()), k -> new long[4]);
            f[2] += loan.balance().outstanding().dong();
            f[3] += loan.balance().overdue().dong();
            communeEntrusted.merge(loan.communeId(), loan.balance().outstanding().dong(), Long::sum);
        }
        Map<Long, Commune> communes = new HashMap<>();
        jdbc.sql("select id, code, name from commune").query(Commune.class).list().forEach(c -> communes.put(c.id(), c));
        Comparator<CommuneFigures> order = Comparator.comparingInt(CommuneFigures::associationId)
                .thenComparing(CommuneFigures::communeName).thenComparing(CommuneFigures::communeCode);
        List<CommuneFigures> rows = figures.entrySet().stream()
                .filter(e -> scope.communeId() == null || e.getKey().communeId() == scope.communeId())
                .map(e -> {
                    Commune c = communes.get(e.getKey().communeId());
                    long[] f = e.getValue();
                    return new CommuneFigures(e.getKey().associationId(), c.id(), c.code(), c.name(), f[0], f[1], f[2],
                            f[3], communeEntrusted.getOrDefault(c.id(), 0L));
                })
                .sorted(order).toList();
        long entrusted = rows.stream().mapToLong(CommuneFigures::outstanding).sum();
        return associations.all().stream()
                .filter(a -> scope.covers(a.id()))
                .map(a -> total(a, rows.stream().filter(r -> r.associationId() == a.id()).toList(), entrusted))
                .toList();
    }

    private static AssociationFigures total(AssociationSummary association, List<CommuneFigures> communes, long entrusted) {
        return new AssociationFigures(association,
                communes.stream().mapToLong(CommuneFigures::groups).sum(),
                communes.stream().mapToLong(CommuneFigures::households).sum(),
                communes.stream().mapToLong(CommuneFigures::outstanding).sum(),
                communes.stream().mapToLong(CommuneFigures::overdue).sum(),
                entrusted, communes);
    }
}
