package vn.vbsp.portal.loanimport.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import vn.vbsp.portal.shared.MessageKey;
import vn.vbsp.portal.shared.TableRecords;
import vn.vbsp.portal.shared.VietnameseText;

/**
 * Checks a whole file as its records stream in: each row on its own ({@link RowCheck}), then against the rows before
 * it. A loan number seen again with the same figures is the same loan (kept once); with other figures it is a wrong
 * row, as is a commune, group or household (by cccd) described differently from its first row, or a household put in
 * two groups of the same organisation. Wrong rows are counted; the first {@link Limits#MAX_SHOWN_ERRORS} are kept.
 */
final class BookCheck implements TableRecords {

    private record Seen<T>(int line, T value) {
    }

    private record CommuneFacts(String name, int pointDay) {
    }

    private record GroupFacts(String name, String association, String communeCode) {
    }

    private record HouseholdFacts(String foldedName, String category) {
    }

    private final LocalDate asOf;
    private final Set<String> programmes;
    private final IntConsumer progress;
    private Header header;

    private final List<ImportRow> rows = new ArrayList<>();
    private final List<Problem> shown = new ArrayList<>();
    private int wrongRows;
    private int records;
    private int repeatedRows;

    private final Map<String, Seen<ImportRow.LoanFigures>> loans = new HashMap<>();
    private final Map<String, Seen<CommuneFacts>> communes = new HashMap<>();
    private final Map<String, Seen<GroupFacts>> groups = new HashMap<>();
    private final Map<String, Seen<HouseholdFacts>> households = new HashMap<>();
    private final Map<String, Seen<String>> memberships = new HashMap<>();

    BookCheck(LocalDate asOf, Set<String> programmes, IntConsumer progress) {
        this.asOf = asOf;
        this.programmes = programmes;
        this.progress = progress;
    }

    @Override
    public void header(List<String> names) {
        header = Header.of(names);
    }

    @Override
    public void record(int line, List<String> fields, MessageKey flaw) {
        records++;
        if (records % 1000 == 0) {
            progress.accept(records);
        }
        List<MessageKey> problems = new ArrayList<>();
        if (flaw != null) {
            problems.add(flaw);
        }
        ImportRow row = RowCheck.check(line, fields, header, asOf, programmes, problems);
        if (row == null) {
            wrong(line, problems);
            return;
        }
        Seen<ImportRow.LoanFigures> loan = loans.get(row.loanNo());
        boolean repeated = false;
        if (loan != null) {
            String differences = loan.value().differences(row.figures());
            if (differences.isEmpty()) {
                repeated = true;
            } else {
                problems.add(MessageKey.of("loanimport.row.loan-repeated", row.loanNo(), String.valueOf(loan.line()), differences));
            }
        }
        sameAsBefore(communes, row.communeCode(), line, new CommuneFacts(row.communeName(), row.pointDay()),
                "loanimport.row.commune-repeated", problems);
        if (row.groupCode() != null) {
            sameAsBefore(groups, row.groupCode(), line, new GroupFacts(row.groupName(), row.association(), row.communeCode()),
                    "loanimport.row.group-repeated", problems);
            Seen<String> member = memberships.putIfAbsent(row.cccd() + "|" + row.association(), new Seen<>(line, row.groupCode()));
            if (member != null && !member.value().equals(row.groupCode())) {
                problems.add(MessageKey.of("loanimport.row.membership-repeated", row.cccd(), member.value(), String.valueOf(member.line())));
            }
        }
        sameAsBefore(households, row.cccd(), line,
                new HouseholdFacts(VietnameseText.fold(row.headName()), row.category()), "loanimport.row.household-repeated",
                problems);
        if (!problems.isEmpty()) {
            wrong(line, problems);
            return;
        }
        if (repeated) {
            repeatedRows++;
            return;
        }
        loans.put(row.loanNo(), new Seen<>(line, row.figures()));
        rows.add(row);
    }

    private <T> void sameAsBefore(Map<String, Seen<T>> seen, String key, int line, T facts, String messageKey,
            List<MessageKey> problems) {
        Seen<T> before = seen.putIfAbsent(key, new Seen<>(line, facts));
        if (before != null && !Objects.equals(before.value(), facts)) {
            problems.add(MessageKey.of(messageKey, key, String.valueOf(before.line())));
        }
    }

    /** Counts a wrong row and keeps it if there is room. */
    void wrong(int line, List<MessageKey> reasons) {
        wrongRows++;
        if (shown.size() < Limits.MAX_SHOWN_ERRORS) {
            shown.add(new Problem(line, List.copyOf(reasons)));
        }
    }

    /** The rows to write: every loan once, none of them wrong. */
    List<ImportRow> rows() {
        return rows;
    }

    boolean hasWrongRows() {
        return wrongRows > 0;
    }

    int wrongRows() {
        return wrongRows;
    }

    /** The wrong rows kept, in the order of the file. */
    List<Problem> shown() {
        List<Problem> sorted = new ArrayList<>(shown);
        sorted.sort(Comparator.comparingInt(Problem::line));
        return sorted;
    }

    /** Data records read (blank lines not counted). */
    int records() {
        return records;
    }

    /** Rows that repeat an earlier row's loan exactly. */
    int repeatedRows() {
        return repeatedRows;
    }

    boolean sawHeader() {
        return header != null;
    }
}
