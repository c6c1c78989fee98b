package vn.vbsp.portal.loan.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UseCheckRepository extends JpaRepository<UseCheck, Long> {
}
