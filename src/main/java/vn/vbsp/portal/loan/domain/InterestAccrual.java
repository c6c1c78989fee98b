package vn.vbsp.portal.loan.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.loan.Balance;
import vn.vbsp.portal.loan.BalanceOnDay;
import vn.vbsp.portal.loan.InterestCalculator;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.programme.ProgrammeCatalogue;
import vn.vbsp.portal.programme.ProgrammeTerms;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.shared.RateTable;

/**
 * The interest a loan earned over a period, from the balances it held day by day (the ledger) and the rates in
 * force each day (the catalogue): in-term principal at the normal rate, overdue principal at the overdue rate,
 * frozen principal at none. The arithmetic is {@link InterestCalculator}'s.
 */
@Component
class InterestAccrual {

    private final LoanBalances balances;
    private final ProgrammeCatalogue catalogue;

    InterestAccrual(LoanBalances balances, ProgrammeCatalogue catalogue) {
        this.balances = balances;
        this.catalogue = catalogue;
    }

    /** Interest over [{@code from}, {@code to}), rounded once. */
    Money accrued(Loan loan, LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return Money.ZERO;
        }
        return accrued(loan, balances.daily(loan.getId(), from, to), to);
    }

    /** Interest up to {@code to} on balances held day by day as {@code days} says (the first day starts the period). */
    Money accrued(Loan loan, List<BalanceOnDay> days, LocalDate to) {
        ProgrammeTerms terms = catalogue.find(loan.getProgrammeId())
                .orElseThrow(() -> new IllegalStateException("no programme " + loan.getProgrammeId()));
        return accrued(terms, catalogue.ratesOf(terms.code()), days, to);
    }

    /** The same with the programme's terms and rates already read (for many loans of a programme at once). */
    Money accrued(ProgrammeTerms terms, RateTable rates, List<BalanceOnDay> days, LocalDate to) {
        InterestCalculator.Accrual accrual = InterestCalculator.accrual(rates, terms.overdueRatePct());
        for (int i = 0; i < days.size(); i++) {
            LocalDate start = days.get(i).day();
            LocalDate end = i + 1 < days.size() ? days.get(i + 1).day() : to;
            Balance held = days.get(i).balance();
            accrual.add(held.inTerm().max(Money.ZERO), held.overdue().max(Money.ZERO), start, end);
        }
        return accrual.total();
    }
}
