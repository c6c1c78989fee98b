package vn.vbsp.portal.daysheet.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vbsp.portal.collection.LinePayment;
import vn.vbsp.portal.shared.MessageKey;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.shared.MoneyText;
import vn.vbsp.portal.shared.SpreadsheetCells;
import vn.vbsp.portal.shared.TableFileRefused;
import vn.vbsp.portal.shared.TableRecords;

/**
 * A filled sheet as it is read, row by row: columns found by header name (any order, other columns ignored),
 * {@code loan_no} and at least one pay or savings column required. Each row becomes a {@link LinePayment} or, when a
 * cell cannot be read, a wrong line; rows whose amounts are all empty or 0 are skipped.
 */
final class FilledSheet implements TableRecords {

    static final int MAX_NOTE = 500;

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<LinePayment> lines = new ArrayList<>();
    private final List<WrongLine> wrong = new ArrayList<>();
    private final Map<String, Integer> loanLines = new HashMap<>();

    @Override
    public void header(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i) == null ? "" : names.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                throw new TableFileRefused("daysheet.file.duplicate-column", name);
            }
        }
        if (!columns.containsKey(SheetColumns.LOAN_NO)) {
            throw new TableFileRefused("daysheet.file.no-loan-no");
        }
        if (SheetColumns.AMOUNTS.stream().noneMatch(columns::containsKey)) {
            throw new TableFileRefused("daysheet.file.no-amounts", String.join(", ", SheetColumns.AMOUNTS));
        }
    }

    @Override
    public void record(int line, List<String> fields, MessageKey flaw) {
        List<MessageKey> problems = new ArrayList<>();
        if (flaw != null) {
            problems.add(flaw);
        }
        Money interest = amount(fields, SheetColumns.PAY_INTEREST, problems);
        Money principal = amount(fields, SheetColumns.PAY_PRINCIPAL, problems);
        Money deposit = amount(fields, SheetColumns.SAVINGS_DEPOSIT, problems);
        Money withdrawal = amount(fields, SheetColumns.SAVINGS_WITHDRAWAL, problems);
        String loanNo = SpreadsheetCells.restore(value(fields, SheetColumns.LOAN_NO));
        if (problems.isEmpty() && interest == null && principal == null && deposit == null && withdrawal == null) {
            return;
        }
        String earlyCell = value(fields, SheetColumns.EARLY);
        boolean early = earlyCell.equalsIgnoreCase("x");
        if (!early && !earlyCell.isEmpty()) {
            problems.add(MessageKey.of("daysheet.row.early", shorten(earlyCell)));
        }
        String note = value(fields, SheetColumns.NOTE);
        if (note.length() > MAX_NOTE) {
            problems.add(MessageKey.of("daysheet.row.note-too-long", MAX_NOTE));
        }
        if (loanNo.isEmpty()) {
            problems.add(MessageKey.of("daysheet.row.no-loan-no"));
        } else {
            Integer before = loanLines.putIfAbsent(loanNo, line);
            if (before != null) {
                problems.add(MessageKey.of("daysheet.row.loan-repeated", loanNo, before));
            }
        }
        if (problems.isEmpty()) {
            lines.add(new LinePayment(line, loanNo, interest, principal, deposit, withdrawal, early,
                    note.isEmpty() ? null : note));
        } else {
            problems.forEach(problem -> wrong.add(new WrongLine(line, loanNo, problem)));
        }
    }

    List<LinePayment> lines() {
        return lines;
    }

    List<WrongLine> wrong() {
        return wrong;
    }

    /** The amount in the column, null when empty or 0; a cell that is not a whole number of đồng is a problem. */
    private Money amount(List<String> fields, String column, List<MessageKey> problems) {
        String text = value(fields, column);
        if (MoneyText.isBlank(text)) {
            return null;
        }
        try {
            Money amount = MoneyText.parse(text);
            return amount.dong() == 0 ? null : amount;
        } catch (MoneyText.Unreadable e) {
            problems.add(MessageKey.of("daysheet.row.amount", column, shorten(text), MessageKey.of(e.messageKey())));
            return null;
        }
    }

    private String value(List<String> fields, String column) {
        Integer position = columns.get(column);
        if (position == null || position >= fields.size() || fields.get(position) == null) {
            return "";
        }
        return Normalizer.normalize(fields.get(position).replace('\u00A0', ' ').strip(), Normalizer.Form.NFC);
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
