package vn.vbsp.portal.network.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TransactionPointRepository extends JpaRepository<TransactionPoint, Long> {

    Optional<TransactionPoint> findByCommuneId(long communeId);
}
