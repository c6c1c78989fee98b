package vn.vbsp.portal.programme.domain;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeRateRepository extends JpaRepository<ProgrammeRate, Long> {

    boolean existsByProgrammeIdAndEffectiveFrom(int programmeId, LocalDate effectiveFrom);
}
