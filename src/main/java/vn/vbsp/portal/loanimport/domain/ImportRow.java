package vn.vbsp.portal.loanimport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One loan of the file once its row has passed every check of its own: codes upper-cased, text stripped and in
 * composed Unicode, amounts in whole đồng. {@code association} and the group fields are null for a direct loan.
 */
record ImportRow(int line, String communeCode, String communeName, int pointDay, String village, String association,
        String groupCode, String groupName, String groupLeader, String headName, String cccd, String category,
        String programmeCode, String loanNo, LocalDate disbursedOn, LocalDate maturityOn, long principal,
        long outstanding, long overdue, long frozen) {

    /** The principal neither overdue nor frozen: what the remaining schedule repays. */
    long inTerm() {
        return outstanding - overdue - frozen;
    }

    LoanFigures figures() {
        return new LoanFigures(cccd, communeCode, groupCode, association, programmeCode, disbursedOn, maturityOn,
                principal, outstanding, overdue, frozen);
    }

    /** What makes a loan the same loan: who, where, through whom, what, when, how much, and its balances on the date. */
    record LoanFigures(String cccd, String communeCode, String groupCode, String association, String programmeCode,
            LocalDate disbursedOn, LocalDate maturityOn, long principal, long outstanding, long overdue, long frozen) {

        /** The columns in which {@code other} differs, e.g. {@code principal, outstanding}. */
        String differences(LoanFigures other) {
            List<String> columns = new ArrayList<>();
            differ(columns, "cccd", cccd, other.cccd);
            differ(columns, "commune_code", communeCode, other.communeCode);
            differ(columns, "group_code", groupCode, other.groupCode);
            differ(columns, "association", association, other.association);
            differ(columns, "programme_code", programmeCode, other.programmeCode);
            differ(columns, "disbursed_on", disbursedOn, other.disbursedOn);
            differ(columns, "maturity_on", maturityOn, other.maturityOn);
            differ(columns, "principal", principal, other.principal);
            differ(columns, "outstanding", outstanding, other.outstanding);
            differ(columns, "overdue", overdue, other.overdue);
            differ(columns, "frozen", frozen, other.frozen);
            return String.join(", ", columns);
        }

        private static void differ(List<String> columns, String name, Object mine, Object theirs) {
            if (!Objects.equals(mine, theirs)) {
                columns.add(name);
            }
        }
    }
}
