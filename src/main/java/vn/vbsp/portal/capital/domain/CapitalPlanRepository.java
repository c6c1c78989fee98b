package vn.vbsp.portal.capital.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CapitalPlanRepository extends JpaRepository<CapitalPlan, Long> {

    List<CapitalPlan> findByYearAndCommuneId(int year, long communeId);
}
