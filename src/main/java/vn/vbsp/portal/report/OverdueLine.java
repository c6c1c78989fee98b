package vn.vbsp.portal.report;

import java.time.LocalDate;

/**
 * A loan with overdue principal or unpaid interest at the end of a day, and since when: {@code overdueSince} is the
 * business date of the oldest overdue transfer not yet repaid (the first day the principal was overdue),
 * {@code interestSince} the date of the oldest interest charge not yet paid (its due day). {@code days} counts the
 * longer of the two: a transfer dated the day itself counts 1, interest due the day before counts 1.
 */
public record OverdueLine(long loanId, String loanNo, String householdName, String groupCode, String groupName,
        String associationCode, String associationName, String communeCode, String communeName, String programmeCode,
        String programmeName, long outstanding, long overdue, long interest, LocalDate overdueSince,
        LocalDate interestSince, long days, AgeingBucket bucket) {

    /** The longer of the two ages at the end of {@code asOf}, in days; zero when nothing is overdue yet. */
    static long daysOverdue(LocalDate asOf, long overdue, LocalDate overdueSince, long interest, LocalDate interestSince) {
        long principalDays = overdue > 0 && overdueSince != null ? asOf.toEpochDay() - overdueSince.toEpochDay() + 1 : 0;
        long interestDays = interest > 0 && interestSince != null ? asOf.toEpochDay() - interestSince.toEpochDay() : 0;
        return Math.max(principalDays, interestDays);
    }
}
