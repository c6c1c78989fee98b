package vn.vbsp.portal.loan.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LoanRepository extends JpaRepository<Loan, Long> {

    /** The loan, its row locked until the transaction ends: postings on one loan happen one after another. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from Loan l where l.id = :id")
    Optional<Loan> lock(@Param("id") long id);

    Optional<Loan> findFirstByApplicationIdOrderByIdDesc(Long applicationId);
}
