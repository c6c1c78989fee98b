package vn.vbsp.portal.loanimport.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.vbsp.portal.shared.Cccd;
import vn.vbsp.portal.shared.MessageKey;

/** The rules one row must keep on its own (CONTRACT §4); what rows must keep together is {@link BookCheck}'s. */
final class RowCheck {

    static final Set<String> ASSOCIATIONS = Set.of("HND", "HPN", "CCB", "DTN");
    static final Set<String> CATEGORIES = Set.of("NGHEO", "CAN_NGHEO", "MOI_THOAT_NGHEO", "KHAC");

    private final Header header;
    private final List<String> fields;
    private final List<MessageKey> problems = new ArrayList<>();

    private RowCheck(Header header, List<String> fields) {
        this.header = header;
        this.fields = fields;
    }

    /** The row, or null with the reasons added to {@code problems}. */
    static ImportRow check(int line, List<String> fields, Header header, LocalDate asOf, Set<String> programmes,
            List<MessageKey> problems) {
        RowCheck check = new RowCheck(header, fields);
        ImportRow row = check.row(line, asOf, programmes);
        problems.addAll(check.problems);
        return check.problems.isEmpty() ? row : null;
    }

    private ImportRow row(int line, LocalDate asOf, Set<String> programmes) {
        String communeCode = text(Column.COMMUNE_CODE, 20, true);
        String communeName = text(Column.COMMUNE_NAME, 200, true);
        Integer pointDay = pointDay();
        String village = text(Column.VILLAGE, 200, false);
        String association = code(Column.ASSOCIATION, ASSOCIATIONS, "loanimport.row.association", false);
        String groupCode = text(Column.GROUP_CODE, 30, false);
        String groupName = text(Column.GROUP_NAME, 200, false);
        String groupLeader = text(Column.GROUP_LEADER, 200, false);
        if (groupCode != null) {
            if (association == null && blank(Column.ASSOCIATION)) {
                problems.add(MessageKey.of("loanimport.row.group-without-association"));
            }
            if (village == null) {
                problems.add(MessageKey.of("loanimport.row.group-without-village"));
            }
            if (groupName == null) {
                problems.add(MessageKey.of("loanimport.row.group-without-name"));
            }
        } else if (association != null) {
            problems.add(MessageKey.of("loanimport.row.association-without-group"));
        }
        String headName = text(Column.HEAD_NAME, 200, true);
        String cccd = cccd();
        String category = code(Column.CATEGORY, CATEGORIES, "loanimport.row.category", true);
        String programme = code(Column.PROGRAMME_CODE, programmes, "loanimport.row.programme", true);
        String loanNo = text(Column.LOAN_NO, 30, true);
        LocalDate disbursedOn = date(Column.DISBURSED_ON);
        LocalDate maturityOn = date(Column.MATURITY_ON);
        if (disbursedOn != null && disbursedOn.isAfter(asOf)) {
            problems.add(MessageKey.of("loanimport.row.disbursed-after-as-of", disbursedOn.toString(), asOf.toString()));
        }
        if (disbursedOn != null && maturityOn != null && !maturityOn.isAfter(disbursedOn)) {
            problems.add(MessageKey.of("loanimport.row.maturity-not-after", maturityOn.toString(), disbursedOn.toString()));
        }
        Long principal = amount(Column.PRINCIPAL, true);
        Long outstanding = amount(Column.OUTSTANDING, true);
        Long overdue = amount(Column.OVERDUE, false);
        Long frozen = amount(Column.FROZEN, false);
        if (principal != null && principal == 0) {
            problems.add(MessageKey.of("loanimport.row.principal-positive"));
        }
        if (outstanding != null && overdue != null && frozen != null && overdue + frozen > outstanding) {
            problems.add(MessageKey.of("loanimport.row.overdue-frozen", overdue + frozen, outstanding));
        }
        if (outstanding != null && principal != null && outstanding > principal) {
            problems.add(MessageKey.of("loanimport.row.outstanding-principal", outstanding, principal));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ImportRow(line, communeCode, communeName, pointDay, village, association, groupCode, groupName,
                groupLeader, headName, cccd, category, programme, loanNo, disbursedOn, maturityOn, principal, outstanding,
                overdue, frozen);
    }

    private boolean blank(Column column) {
        return header.value(fields, column).isEmpty();
    }

    private String text(Column column, int maxLength, boolean required) {
        String value = header.value(fields, column);
        if (value.isEmpty()) {
            if (required) {
                problems.add(MessageKey.of("loanimport.row.required", column.header()));
            }
            return null;
        }
        if (value.length() > maxLength) {
            problems.add(MessageKey.of("loanimport.row.too-long", column.header(), maxLength));
            return null;
        }
        return value.replaceAll("\\s+", " ");
    }

    private String code(Column column, Set<String> known, String messageKey, boolean required) {
        String value = header.value(fields, column);
        if (value.isEmpty()) {
            if (required) {
                problems.add(MessageKey.of("loanimport.row.required", column.header()));
            }
            return null;
        }
        String code = value.toUpperCase(Locale.ROOT);
        if (!known.contains(code)) {
            problems.add(MessageKey.of(messageKey, shorten(value)));
            return null;
        }
        return code;
    }

    private Integer pointDay() {
        String value = header.value(fields, Column.POINT_DAY);
        if (value.isEmpty()) {
            problems.add(MessageKey.of("loanimport.row.required", Column.POINT_DAY.header()));
            return null;
        }
        if (value.matches("[0-9]{1,2}")) {
            int day = Integer.parseInt(value);
            if (day >= 1 && day <= 31) {
                return day;
            }
        }
        problems.add(MessageKey.of("loanimport.row.point-day", shorten(value)));
        return null;
    }

    private String cccd() {
        String value = header.value(fields, Column.CCCD);
        if (value.isEmpty()) {
            problems.add(MessageKey.of("loanimport.row.required", Column.CCCD.header()));
            return null;
        }
        if (!Cccd.isTwelveDigits(value)) {
            problems.add(MessageKey.of(value.matches("[0-9]{11}") ? "loanimport.row.cccd-lost-zero" : "loanimport.row.cccd",
                    shorten(value)));
            return null;
        }
        return value;
    }

    private LocalDate date(Column column) {
        String value = header.value(fields, column);
        if (value.isEmpty()) {
            problems.add(MessageKey.of("loanimport.row.required", column.header()));
            return null;
        }
        try {
            if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(MessageKey.of("loanimport.row.date", column.header(), shorten(value)));
        return null;
    }

    /** Whole đồng, digits only; overdue and frozen may be left empty for none. */
    private Long amount(Column column, boolean required) {
        String value = header.value(fields, column);
        if (value.isEmpty()) {
            if (required) {
                problems.add(MessageKey.of("loanimport.row.required", column.header()));
                return null;
            }
            return 0L;
        }
        if (value.matches("-[0-9]+")) {
            problems.add(MessageKey.of("loanimport.row.amount-negative", column.header()));
            return null;
        }
        if (!value.matches("[0-9]{1,15}")) {
            problems.add(MessageKey.of(value.matches("[0-9]{16,}") ? "loanimport.row.amount-too-large" : "loanimport.row.amount",
                    column.header(), shorten(value)));
            return null;
        }
        return Long.parseLong(value);
    }

    /** A value quoted back in a message, cut short if it is long. */
    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
