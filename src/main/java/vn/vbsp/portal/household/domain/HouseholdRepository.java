package vn.vbsp.portal.household.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HouseholdRepository extends JpaRepository<Household, Long> {

    boolean existsByCccd(String cccd);

    boolean existsByCccdAndIdNot(String cccd, long id);

    List<Household> findByCccdIn(Collection<String> cccds);
}
