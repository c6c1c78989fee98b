package vn.vbsp.portal.collection.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.vbsp.portal.collection.DaySheets;
import vn.vbsp.portal.collection.GroupSheet;
import vn.vbsp.portal.collection.SheetLine;
import vn.vbsp.portal.loan.LoanDue;
import vn.vbsp.portal.loan.LoanDues;
import vn.vbsp.portal.savings.SavingsBalance;
import vn.vbsp.portal.savings.SavingsBook;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.user.UserScope;

/** Builds the day's 13/TD sheets: the loans of each group with what they owe, and the members' savings. */
@Component
class SheetReader {

    private final DayQuery query;
    private final LoanDues dues;
    private final SavingsBook savings;

    SheetReader(DayQuery query, LoanDues dues, SavingsBook savings) {
        this.query = query;
        this.dues = dues;
        this.savings = savings;
    }

    DaySheets read(Point point, LocalDate date, UserScope scope) {
        java.util.Optional<DayRow> row = query.day(point.pointId(), date);
        Long dayId = row.map(DayRow::id).orElse(null);
        String status = row.map(DayRow::status).orElse("PLANNED");
        List<DayQuery.LoanRow> loans = query.loans(point.communeId(), date, dayId, scope);
        List<DayQuery.GroupRow> groups = query.groups(point.communeId(), scope);
        Map<Long, LoanDue> owed = dues.asOf(loans.stream().map(DayQuery.LoanRow::loanId).toList(), date);
        Set<Long> posted = query.loansPosted(dayId, loans.stream().map(DayQuery.LoanRow::loanId).toList());
        Map<String, SavingsBalance> saved = new HashMap<>();
        savings.balancesInGroups(groups.stream().map(DayQuery.GroupRow::id).toList(), date)
                .forEach(b -> saved.put(b.householdId() + ":" + b.groupId(), b));

        Map<Long, List<SheetLine>> byGroup = new LinkedHashMap<>();
        groups.forEach(g -> byGroup.put(g.id(), new ArrayList<>()));
        List<SheetLine> direct = new ArrayList<>();
        for (DayQuery.LoanRow loan : loans) {
            LoanDue due = owed.get(loan.loanId());
            if (!due.outstanding().isPositive() && !posted.contains(loan.loanId())) {
                continue;
            }
            SavingsBalance account = loan.groupId() == null ? null : saved.get(loan.householdId() + ":" + loan.groupId());
            SheetLine line = new SheetLine(loan.loanId(), loan.loanNo(), loan.householdId(), loan.cccd(),
                    loan.headName(), loan.groupId(), loan.groupCode(), loan.programmeCode(), due.outstanding(),
                    due.overdue(), due.overdueInterest(), due.interestDue(), due.overduePrincipal(),
                    due.principalDue(), account == null ? Money.ZERO : account.balance(),
                    account == null ? Money.ZERO : account.expectedDeposit());
            if (loan.groupId() == null) {
                direct.add(line);
            } else {
                byGroup.computeIfAbsent(loan.groupId(), id -> new ArrayList<>()).add(line);
            }
        }
        Set<Long> sheetsPosted = query.postedGroups(dayId);
        List<GroupSheet> sheets = new ArrayList<>();
        for (DayQuery.GroupRow g : groups) {
            sheets.add(new GroupSheet(g.id(), g.code(), g.name(), g.associationCode(), g.leaderName(),
                    sheetsPosted.contains(g.id()), List.copyOf(byGroup.get(g.id()))));
        }
        if (!direct.isEmpty()) {
            sheets.add(new GroupSheet(null, null, null, null, null, sheetsPosted.stream().anyMatch(Objects::isNull),
                    List.copyOf(direct)));
        }
        return new DaySheets(point.communeCode(), point.communeName(), point.pointId(), point.place(), date,
                point.fixedDay(date), status, List.copyOf(sheets));
    }
}
