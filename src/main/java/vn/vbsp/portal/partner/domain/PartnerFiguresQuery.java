package vn.vbsp.portal.partner.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.partner.AssociationDirectory;
import vn.vbsp.portal.partner.AssociationSummary;
import vn.vbsp.portal.partner.EntrustedBalances;
import vn.vbsp.portal.partner.PartnerScope;

/**
 * The organisations' figures: the entrusted balances per organisation and commune come from the loan module (through
 * {@link EntrustedBalances}), groups and households from the groups' membership.
 */
@Service
public class PartnerFiguresQuery {

    private static final String BY_ASSOCIATION_AND_COMMUNE = """
            with money as (
            %s
            ),
            grp as (
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
            ),
            keys as (
                select association_id, commune_id from money
                union select association_id, commune_id from grp
                union select association_id, commune_id from hh
            )
            select k.association_id, k.commune_id, c.code as commune_code, c.name as commune_name,
                   coalesce(grp.groups, 0) as groups, coalesce(hh.households, 0) as households,
                   coalesce(money.outstanding, 0) as outstanding, coalesce(money.overdue, 0) as overdue,
                   coalesce(sum(money.outstanding) over (partition by k.commune_id), 0) as commune_entrusted
            from keys k
            join commune c on c.id = k.commune_id
            left join money on money.association_id = k.association_id and money.commune_id = k.commune_id
            left join grp on grp.association_id = k.association_id and grp.commune_id = k.commune_id
            left join hh on hh.association_id = k.association_id and hh.commune_id = k.commune_id
            where cast(:communeId as bigint) is null or k.commune_id = :communeId
            order by k.association_id, c.name, c.code
            """;

    private final JdbcClient jdbc;
    private final AssociationDirectory associations;
    private final String byAssociationAndCommune;

    PartnerFiguresQuery(JdbcClient jdbc, AssociationDirectory associations, EntrustedBalances balances) {
        this.jdbc = jdbc;
        this.associations = associations;
        this.byAssociationAndCommune = BY_ASSOCIATION_AND_COMMUNE.formatted(balances.byAssociationAndCommuneSql());
    }

    /**
     * Each organisation the reader may see, with its communes. A commune-level officer sees their commune only,
     * and the share is then of that commune's entrusted outstanding.
     */
    @Transactional(readOnly = true)
    public List<AssociationFigures> figures(LocalDate asOf, PartnerScope scope) {
        List<CommuneFigures> rows = jdbc.sql(byAssociationAndCommune)
                .param("asOf", asOf)
                .param("communeId", scope.communeId())
                .query(CommuneFigures.class)
                .list();
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
