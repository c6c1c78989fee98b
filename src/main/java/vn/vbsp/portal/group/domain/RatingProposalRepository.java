package vn.vbsp.portal.group.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import vn.vbsp.portal.group.ProposalStatus;

interface RatingProposalRepository extends JpaRepository<RatingProposal, Long> {

    /** The proposal of that group, locked until the deciding transaction ends: two decisions never cross. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<RatingProposal> findByIdAndGroupId(long id, long groupId);

    boolean existsByGroupIdAndYearAndStatus(long groupId, int year, ProposalStatus status);
}
