package vn.vbsp.portal.loan.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScheduledInstalmentRepository extends JpaRepository<ScheduledInstalment, Long> {

    List<ScheduledInstalment> findByLoanIdOrderBySeq(long loanId);

    List<ScheduledInstalment> findByLoanIdIn(Collection<Long> loanIds);
}
