package vn.vbsp.portal.group.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface SavingsGroupRepository extends JpaRepository<SavingsGroup, Long> {

    boolean existsByCodeIgnoreCase(String code);
}
