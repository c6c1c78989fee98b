package vn.vbsp.portal.network.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VillageRepository extends JpaRepository<Village, Long> {

    List<Village> findByCommuneId(long communeId);

    Optional<Village> findByIdAndCommuneId(long id, long communeId);
}
