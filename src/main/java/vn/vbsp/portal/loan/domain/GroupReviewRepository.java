package vn.vbsp.portal.loan.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupReviewRepository extends JpaRepository<GroupReview, Long> {
}
