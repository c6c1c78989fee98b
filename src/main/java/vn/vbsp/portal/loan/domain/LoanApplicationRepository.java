package vn.vbsp.portal.loan.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoanApplicationRepository extends JpaRepository<LoanApplication, Long> {

    /** The application, its row locked until the transaction ends: one decision on it at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LoanApplication a where a.id = :id")
    Optional<LoanApplication> lock(@Param("id") long id);

    /** Several applications locked in id order, so that two lists never wait on each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LoanApplication a where a.id in :ids order by a.id")
    List<LoanApplication> lockAll(@Param("ids") List<Long> ids);

    Optional<LoanApplication> findBySubmissionKey(String submissionKey);
}
