package vn.vbsp.portal.programme.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgrammeRepository extends JpaRepository<Programme, Integer> {

    Optional<Programme> findByCode(String code);

    /** The programme row locked until the transaction ends, so that two rate changes are checked one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Programme p where p.code = :code")
    Optional<Programme> lockByCode(@Param("code") String code);
}
