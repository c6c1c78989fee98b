package vn.vbsp.portal.group.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GroupMemberRepository extends JpaRepository<GroupMember, Long> {

    Optional<GroupMember> findByIdAndGroupId(long id, long groupId);

    boolean existsByGroupIdAndHouseholdIdAndLeftOnIsNull(long groupId, long householdId);

    /** The household's active membership in a group of that organisation, if any: there is at most one. */
    Optional<GroupMember> findByHouseholdIdAndAssociationIdAndLeftOnIsNull(long householdId, int associationId);

    long countByGroupIdAndLeftOnIsNull(long groupId);
}
