package vn.vbsp.portal.group.domain;

import java.util.List;

/** The group's totals over its households' rows. */
public record MemberTotals(long activeMembers, long loans, long outstanding, long overdue, long savings) {

    public static MemberTotals of(List<MemberRow> rows) {
        return new MemberTotals(rows.stream().filter(MemberRow::active).count(),
                rows.stream().mapToLong(MemberRow::loans).sum(),
                rows.stream().mapToLong(MemberRow::outstanding).sum(),
                rows.stream().mapToLong(MemberRow::overdue).sum(),
                rows.stream().mapToLong(MemberRow::savings).sum());
    }
}
