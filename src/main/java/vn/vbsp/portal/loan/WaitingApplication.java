package vn.vbsp.portal.loan;

import java.time.LocalDate;
import vn.vbsp.portal.shared.Money;

/** An approved application waiting to be paid out at its commune's point. */
public record WaitingApplication(long applicationId, long householdId, String cccd, String headName, Long groupId,
        String groupCode, String programmeCode, Money amount, int termMonths, LocalDate approvedOn) {
}
