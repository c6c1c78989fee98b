package vn.vbsp.portal.supervision.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface InspectionRepository extends JpaRepository<Inspection, Long> {
}
