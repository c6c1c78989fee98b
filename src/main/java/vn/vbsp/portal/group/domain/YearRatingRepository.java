package vn.vbsp.portal.group.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface YearRatingRepository extends JpaRepository<YearRating, Long> {

    Optional<YearRating> findByGroupIdAndYear(long groupId, int year);
}
