package vn.vbsp.portal.loan.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoanDecisionRepository extends JpaRepository<LoanDecision, Long> {

    @Query("select d.loanId from LoanDecision d where d.id = :id")
    Optional<Long> loanIdOf(@Param("id") long id);

    boolean existsByLoanIdAndStatus(long loanId, DecisionStatus status);
}
