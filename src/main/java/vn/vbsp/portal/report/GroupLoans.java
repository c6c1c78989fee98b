package vn.vbsp.portal.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The loans outstanding in one savings-and-loan group on a date ({@code code} {@code DIRECT}: the direct loans, no
 * group), with their sum. {@code association}, {@code commune} and {@code village} name the group's.
 */
public record GroupLoans(LocalDate asOf, String code, String name, String association, String commune, String village,
        List<LoanBalance> loans, long households, long outstanding, long overdue, long frozen, long interest) {

    public boolean direct() {
        return "DIRECT".equals(code);
    }
}
