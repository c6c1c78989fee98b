package vn.vbsp.portal.partner.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EntrustmentContractRepository extends JpaRepository<EntrustmentContract, Long> {

    /** Whether another contract (not {@code exceptId}) carries this number, whatever its letter case. */
    @Query(value = """
            select exists (select 1 from entrustment_contract
                           where lower(contract_no) = lower(:contractNo) and id <> coalesce(:exceptId, -1))
            """, nativeQuery = true)
    boolean numberTaken(@Param("contractNo") String contractNo, @Param("exceptId") Long exceptId);
}
