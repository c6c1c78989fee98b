package vn.vbsp.portal.group;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.user.UserScope;

/**
 * The association officers' rating proposals as the pages read them: those waiting for the DIRECTOR within a scope
 * (the director's queue, the officer's desk) and every proposal of one group. An officer's scope is part of the query,
 * as for the groups themselves.
 */
@Service
@Transactional(readOnly = true)
public class RatingProposals {

    private static final String SELECT = """
            select p.id, p.group_id, g.code as group_code, g.name as group_name, c.name as commune_name, p.year,
                   p.rating, p.note, p.proposed_by, p.proposed_at, p.status, p.decided_by, p.decided_at,
                   p.decision_reason
            from group_rating_proposal p
            join savings_group g on g.id = p.group_id
            join village v on v.id = g.village_id
            join commune c on c.id = v.commune_id
            """;

    private final JdbcClient jdbc;

    RatingProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The proposals waiting for the DIRECTOR among the groups of the scope, oldest first. */
    public List<RatingProposalLine> pending(UserScope scope) {
        return jdbc.sql(SELECT + """
                where p.status = 'PENDING'
                  and (cast(:associationId as integer) is null or g.association_id = :associationId)
                  and (cast(:communeId as bigint) is null or v.commune_id = :communeId)
                order by p.proposed_at, p.id
                """)
                .param("associationId", scope.associationId())
                .param("communeId", scope.communeId())
                .query(RatingProposalLine.class).list();
    }

    /** Every proposal of the group (the caller has checked the group is within the reader's scope): waiting first, then newest. */
    public List<RatingProposalLine> ofGroup(long groupId) {
        return jdbc.sql(SELECT + """
                where p.group_id = :groupId
                order by (p.status = 'PENDING') desc, p.year desc, p.proposed_at desc, p.id desc
                """)
                .param("groupId", groupId)
                .query(RatingProposalLine.class).list();
    }
}
