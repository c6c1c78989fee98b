package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.loan.LedgerSql;
import vn.vbsp.portal.partner.EntrustedBalances;
import vn.vbsp.portal.programme.InterestCharges;

/** The ledger's answers to the modules the loan module depends on, through the interfaces they declare. */
@Component
class LedgerForOtherModules implements EntrustedBalances, InterestCharges {

    private final JdbcClient jdbc;

    LedgerForOtherModules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String byAssociationAndCommuneSql() {
        return LedgerSql.ENTRUSTED_BY_ASSOCIATION_AND_COMMUNE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalDate> lastCharged(int programmeId) {
        return jdbc.sql("""
                select max(t.business_date)
                from loan_txn t join loan l on l.id = t.loan_id
                where l.programme_id = :id and t.kind = 'INTEREST_CHARGE'
                """)
                .param("id", programmeId)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .optional();
    }
}
