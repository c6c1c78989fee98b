package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LedgerEntryRepository extends JpaRepository<LedgerEntry, Long> {

    boolean existsByIdempotencyKey(String idempotencyKey);

    Optional<LedgerEntry> findByIdempotencyKey(String idempotencyKey);

    List<LedgerEntry> findByLoanIdOrderById(long loanId);

    /** The business date of the loan's latest posting; the ledger is written in date order. */
    @Query("select max(e.businessDate) from LedgerEntry e where e.loanId = :loanId")
    Optional<LocalDate> latestDate(@Param("loanId") long loanId);

    /** The day up to which interest has been charged: the latest charge not reversed. */
    @Query("""
            select max(e.businessDate) from LedgerEntry e where e.loanId = :loanId and e.kind = vn.vbsp.portal.loan.domain.TxnKind.INTEREST_CHARGE
            and not exists (select 1 from LedgerEntry r where r.reversesId = e.id)""")
    Optional<LocalDate> lastInterestCharge(@Param("loanId") long loanId);
}
