package vn.vbsp.portal.demo;

import java.time.LocalDate;
import vn.vbsp.portal.demo.Catalogue.Programme;
import vn.vbsp.portal.demo.OfficeModel.Household;
import vn.vbsp.portal.loan.RepaymentSchedule;
import vn.vbsp.portal.shared.Money;

/**
 * A demo loan as decided before its history is played: who borrows what, when and for how long, the seed of
 * the borrower's habits, and any risk event that will strike it.
 */
record LoanPlan(Household household, Programme programme, Money principal, LocalDate disbursedOn, int termMonths,
        int intervalMonths, String purpose, long seed, Risk risk) {

    /** Extension of one instalment, or freezing after a disaster and perhaps writing off later. */
    record Risk(boolean extend, LocalDate freezeOn, String freezeReason, LocalDate writeOffOn) {
        static final Risk NONE = new Risk(false, null, null, null);
    }

    int pointDay() {
        return household.commune().pointDay();
    }

    LocalDate maturityOn() {
        return RepaymentSchedule.maturity(disbursedOn, termMonths, pointDay());
    }

    LoanPlan with(Risk risk) {
        return new LoanPlan(household, programme, principal, disbursedOn, termMonths, intervalMonths, purpose, seed, risk);
    }
}
