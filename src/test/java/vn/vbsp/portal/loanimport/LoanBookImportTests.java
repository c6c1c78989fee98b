package vn.vbsp.portal.loanimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.support.PortalTest;

/** CONTRACT §4: a book comes in whole, or with every wrong row listed and nothing written; again changes nothing. */
@PortalTest
class LoanBookImportTests {

    /** The import tests' own as-of date, away from the dates the report tests read. */
    static final LocalDate AS_OF = LocalDate.now().minusDays(47);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBookComesInWithItsCommunesGroupsHouseholdsAndBalances() {
        String tag = LoanBookFile.newTag();
        List<Map<String, String>> rows = LoanBookFile.generate(tag, 120, 3, AS_OF, 11);
        Map<String, Long> before = ImportSupport.counts(jdbc);

        String page = ImportSupport.csvPage(mvc, LoanBookFile.csv(rows), AS_OF);

        assertThat(page).contains("id=\"import-done\"").doesNotContain("data-line=");
        assertThat(page).contains("Số dòng dữ liệu đã đọc").contains("Thời gian");
        Map<String, Integer> created = ImportSupport.created(page);
        long groups = rows.stream().map(r -> r.get("group_code")).filter(g -> !g.isEmpty()).distinct().count();
        long households = rows.stream().map(r -> r.get("cccd")).distinct().count();
        assertThat(created).containsEntry("commune", 3).containsEntry("transaction_point", 3)
                .containsEntry("savings_group", (int) groups).containsEntry("household", (int) households)
                .containsEntry("loan", rows.size()).containsEntry("loan_txn", rows.size());
        Map<String, Long> after = ImportSupport.counts(jdbc);
        assertThat(after.get("loan") - before.get("loan")).isEqualTo(rows.size());
        assertThat(after.get("household") - before.get("household")).isEqualTo(households);
        assertThat(after.get("loan_instalment") - before.get("loan_instalment")).isEqualTo(created.get("loan_instalment").longValue());
        // one entry for the import, one for its second phase (the book brought from asOf up to today)
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'IMPORT_LOAN_BOOK' and after->>'asOf' = :d")
                .param("d", AS_OF.toString()).query(Long.class).single()).isPositive();
        assertThat(after.get("audit_log") - before.get("audit_log")).isEqualTo(2);
        // every group's households are its members, under a commune chapter of its organisation
        assertThat(jdbc.sql("""
                select count(*) from loan l join savings_group g on g.id = l.group_id
                left join group_member m on m.group_id = g.id and m.household_id = l.household_id and m.left_on is null
                join association_chapter ch on ch.id = g.chapter_id
                where l.loan_no like :tag and (m.id is null or ch.level <> 'COMMUNE' or ch.association_id <> g.association_id)
                """).param("tag", tag + "-%").query(Long.class).single()).isZero();
    }

    @Test
    void anImportedLoanCarriesOnFromItsOpeningBalanceWithASchedule() {
        String tag = LoanBookFile.newTag();
        List<Map<String, String>> rows = LoanBookFile.generate(tag, 30, 1, AS_OF, 12);
        assertThat(ImportSupport.csvPage(mvc, LoanBookFile.csv(rows), AS_OF)).contains("id=\"import-done\"");

        for (Map<String, String> row : rows) {
            long outstanding = Long.parseLong(row.get("outstanding"));
            long inTerm = outstanding - Long.parseLong(row.get("overdue")) - Long.parseLong(row.get("frozen"));
            var loan = jdbc.sql("""
                    select l.id, l.imported, l.status, l.instalment_months, t.business_date, t.kind, t.amount,
                           t.d_outstanding, t.d_overdue, t.d_frozen, t.d_interest, t.idempotency_key
                    from loan l join loan_txn t on t.loan_id = l.id and t.kind = 'OPENING_BALANCE'
                    where l.loan_no = :no""")
                    .param("no", row.get("loan_no")).query().singleRow();
            assertThat(loan.get("imported")).isEqualTo(true);
            assertThat(loan.get("status")).isEqualTo(outstanding > 0 ? "ACTIVE" : "SETTLED");
            assertThat(loan.get("instalment_months")).isEqualTo(12);
            assertThat(loan.get("kind")).isEqualTo("OPENING_BALANCE");
            assertThat(loan.get("business_date").toString()).isEqualTo(AS_OF.toString());
            assertThat(((Number) loan.get("amount")).longValue()).isEqualTo(outstanding);
            assertThat(((Number) loan.get("d_outstanding")).longValue()).isEqualTo(outstanding);
            assertThat(((Number) loan.get("d_overdue")).longValue()).isEqualTo(Long.parseLong(row.get("overdue")));
            assertThat(((Number) loan.get("d_frozen")).longValue()).isEqualTo(Long.parseLong(row.get("frozen")));
            assertThat(((Number) loan.get("d_interest")).longValue()).isZero();
            assertThat(loan.get("idempotency_key")).isEqualTo("loan-import:" + row.get("loan_no"));

            long loanId = ((Number) loan.get("id")).longValue();
            var schedule = jdbc.sql("select due_on, principal_due from loan_instalment where loan_id = :id order by seq")
                    .param("id", loanId).query((rs, n) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getLong(2)}).list();
            assertThat(schedule.stream().mapToLong(i -> (long) i[1]).sum()).as("schedule of %s", row.get("loan_no")).isEqualTo(inTerm);
            int pointDay = Integer.parseInt(row.get("point_day"));
            for (Object[] due : schedule) {
                LocalDate dueOn = (LocalDate) due[0];
                assertThat(dueOn).isAfter(AS_OF);
                assertThat(dueOn.getDayOfMonth()).isEqualTo(Math.min(pointDay, dueOn.lengthOfMonth()));
            }
            LocalDate maturity = LocalDate.parse(row.get("maturity_on"));
            if (!schedule.isEmpty() && maturity.isAfter(AS_OF.plusMonths(1))) {
                assertThat(((LocalDate) schedule.get(schedule.size() - 1)[0]).withDayOfMonth(1)).isEqualTo(maturity.withDayOfMonth(1));
            }
        }
    }

    @Test
    void theSameFileTwiceChangesNothingTheSecondTime() {
        String tag = LoanBookFile.newTag();
        byte[] file = LoanBookFile.csv(LoanBookFile.generate(tag, 60, 2, AS_OF, 13));
        assertThat(ImportSupport.csvPage(mvc, file, AS_OF)).contains("id=\"import-done\"");
        Map<String, Long> before = ImportSupport.counts(jdbc);

        String again = ImportSupport.csvPage(mvc, file, AS_OF);

        assertThat(again).contains("id=\"import-done\"").contains("đã được nhập trước đây");
        assertThat(ImportSupport.created(again).values()).isNotEmpty().allMatch(n -> n == 0);
        Map<String, Long> after = ImportSupport.counts(jdbc);
        after.remove("audit_log");
        before.remove("audit_log");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anXlsxFileWithTheSameHeaderComesInTheSame() {
        String tag = LoanBookFile.newTag();
        List<Map<String, String>> rows = LoanBookFile.generate(tag, 40, 1, AS_OF, 14);
        String page = ImportSupport.page(ImportSupport.post(mvc, LoanBookFile.xlsx(rows), "so-cho-vay.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", AS_OF));
        assertThat(page).contains("id=\"import-done\"");
        assertThat(ImportSupport.created(page)).containsEntry("loan", rows.size());
        long outstanding = rows.stream().mapToLong(r -> Long.parseLong(r.get("outstanding"))).sum();
        assertThat(jdbc.sql("""
                select coalesce(sum(t.d_outstanding), 0) from loan_txn t join loan l on l.id = t.loan_id where l.loan_no like :tag""")
                .param("tag", tag + "-%").query(Long.class).single()).isEqualTo(outstanding);
        // the same book again as CSV is the same book
        assertThat(ImportSupport.csvPage(mvc, LoanBookFile.csv(rows), AS_OF)).contains("đã được nhập trước đây");
    }

    static Stream<Arguments> wrongRows() {
        return Stream.of(
                wrong("cccd not 12 digits", r -> r.put("cccd", "12345"), "cccd \"12345\" phải gồm đúng 12 chữ số"),
                wrong("cccd with a letter", r -> r.put("cccd", "04012345678X"), "phải gồm đúng 12 chữ số"),
                wrong("unknown category", r -> r.put("category", "NGHEO_LAM"), "category \"NGHEO_LAM\" không hợp lệ"),
                wrong("unknown programme", r -> r.put("programme_code", "XYZ"), "programme_code \"XYZ\" không có trong danh mục"),
                wrong("point_day 0", r -> r.put("point_day", "0"), "point_day \"0\" phải là số nguyên từ 1 đến 31"),
                wrong("point_day 32", r -> r.put("point_day", "32"), "point_day \"32\" phải là số nguyên từ 1 đến 31"),
                wrong("disbursed after the as-of date", r -> {
                    r.put("disbursed_on", AS_OF.plusDays(1).toString());
                    r.put("maturity_on", AS_OF.plusYears(3).toString());
                }, "disbursed_on " + AS_OF.plusDays(1) + " sau ngày số liệu " + AS_OF),
                wrong("maturity before disbursement", r -> r.put("maturity_on",
                        LocalDate.parse(r.get("disbursed_on")).minusDays(1).toString()), "phải sau disbursed_on"),
                wrong("maturity on the day of disbursement", r -> r.put("maturity_on", r.get("disbursed_on")), "phải sau disbursed_on"),
                wrong("principal 0", r -> {
                    r.put("principal", "0");
                    r.put("outstanding", "0");
                    r.put("overdue", "0");
                    r.put("frozen", "0");
                }, "principal phải lớn hơn 0"),
                wrong("overdue and frozen above outstanding", r -> {
                    r.put("principal", "20000000");
                    r.put("outstanding", "10000000");
                    r.put("overdue", "6000000");
                    r.put("frozen", "5000000");
                }, "overdue + frozen (11.000.000) lớn hơn outstanding (10.000.000)"),
                wrong("outstanding above principal", r -> {
                    r.put("principal", "10000000");
                    r.put("outstanding", "12000000");
                    r.put("overdue", "0");
                    r.put("frozen", "0");
                }, "outstanding (12.000.000) lớn hơn principal (10.000.000)"),
                wrong("negative overdue", r -> r.put("overdue", "-5"), "overdue không được âm"),
                wrong("amount with separators", r -> r.put("principal", "10.000.000"), "principal \"10.000.000\" phải là số nguyên đồng"),
                wrong("a date written dd/MM/yyyy", r -> r.put("disbursed_on", "15/03/2024"), "disbursed_on \"15/03/2024\" không phải ngày hợp lệ"),
                wrong("group without village", r -> r.put("village", ""), "có tổ (group_code) nhưng thiếu village"),
                wrong("unknown association code", r -> r.put("association", "HCB"), "association \"HCB\" không hợp lệ"),
                wrong("association without a group", r -> {
                    r.put("group_code", "");
                    r.put("group_name", "");
                }, "có association nhưng thiếu group_code"),
                wrong("group without association", r -> r.put("association", ""), "có group_code nhưng thiếu association"),
                wrong("no head name", r -> r.put("head_name", ""), "thiếu head_name"),
                wrong("no loan number", r -> r.put("loan_no", ""), "thiếu loan_no"));
    }

    private static Arguments wrong(String name, Consumer<Map<String, String>> change, String message) {
        return Arguments.of(name, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongRows")
    void aWrongRowIsListedAndNothingIsWritten(String name, Consumer<Map<String, String>> change, String message) {
        List<Map<String, String>> rows = sixRows();
        change.accept(rows.get(5));
        Map<String, Long> before = ImportSupport.counts(jdbc);

        String page = ImportSupport.csvPage(mvc, LoanBookFile.csv(rows), AS_OF);

        assertThat(ImportSupport.wrongRows(page)).containsOnlyKeys(7);
        assertThat(ImportSupport.wrongRows(page).get(7)).startsWith("Dòng 7:").contains(message);
        assertThat(page).contains("Không có gì được ghi vào sổ").doesNotContain("id=\"import-done\"");
        assertThat(ImportSupport.counts(jdbc)).isEqualTo(before);
    }

    @Test
    void aLoanNumberRepeatedWithOtherFiguresInTheFileIsWrong() {
        List<Map<String, String>> rows = sixRows();
        rows.get(5).put("loan_no", rows.get(4).get("loan_no"));
        Map<String, Long> before = ImportSupport.counts(jdbc);

        String page = ImportSupport.csvPage(mvc, LoanBookFile.csv(rows), AS_OF);

        assertThat(ImportSupport.wrongRows(page)).containsOnlyKeys(7);
        assertThat(ImportSupport.wrongRows(page).get(7))
                .contains("loan_no " + rows.get(4).get("loan_no") + " đã có ở dòng 6 với số liệu khác").contains("cccd");
        assertThat(ImportSupport.counts(jdbc)).isEqualTo(before);
    }

    @Test
    void aLoanNumberRepeatedWithTheSameFiguresIsOneLoan() {
        List<Map<String, String>> rows = sixRows();
        rows.add(new LinkedHashMap<>(rows.get(2)));
        String page = ImportSupport.csvPage(mvc, LoanBookFile.csv(rows), AS_OF);
        assertThat(page).contains("id=\"import-done\"");
        assertThat(ImportSupport.created(page)).containsEntry("loan", 6);
    }

    @Test
    void aLoanNumberAlreadyInTheBookWithOtherFiguresIsWrong() {
        List<Map<String, String>> first = sixRows();
        assertThat(ImportSupport.csvPage(mvc, LoanBookFile.csv(first), AS_OF)).contains("id=\"import-done\"");
        List<Map<String, String>> second = sixRows();
        Map<String, String> changed = new LinkedHashMap<>(first.get(3));
        changed.put("outstanding", String.valueOf(Long.parseLong(changed.get("outstanding")) - 1_000_000));
        changed.put("overdue", "0");
        changed.put("frozen", "0");
        second.set(2, changed);
        Map<String, Long> before = ImportSupport.counts(jdbc);

        String page = ImportSupport.csvPage(mvc, LoanBookFile.csv(second), AS_OF);

        assertThat(ImportSupport.wrongRows(page)).containsOnlyKeys(4);
        assertThat(ImportSupport.wrongRows(page).get(4))
                .contains("loan_no " + changed.get("loan_no") + " đã có trong sổ cho vay với số liệu khác").contains("outstanding");
        assertThat(ImportSupport.counts(jdbc)).isEqualTo(before);
    }

    @Test
    void aDemoLoanNumberWithOtherFiguresIsWrong() {
        List<Map<String, String>> rows = sixRows();
        rows.get(0).put("loan_no", "DEMO-0000001");
        Map<String, Long> before = ImportSupport.counts(jdbc);
        String page = ImportSupport.csvPage(mvc, LoanBookFile.csv(rows), AS_OF);
        assertThat(ImportSupport.wrongRows(page)).containsOnlyKeys(2);
        assertThat(ImportSupport.wrongRows(page).get(2)).contains("DEMO-0000001 đã có trong sổ cho vay");
        assertThat(ImportSupport.counts(jdbc)).isEqualTo(before);
    }

    @Test
    void aGroupOrAMembershipTheBookHoldsOtherwiseIsWrong() {
        List<Map<String, String>> first = sixRows();
        assertThat(ImportSupport.csvPage(mvc, LoanBookFile.csv(first), AS_OF)).contains("id=\"import-done\"");
        String group = first.get(0).get("group_code");
        String association = first.get(0).get("association");

        List<Map<String, String>> second = sixRows();
        second.get(1).put("group_code", group);
        second.get(1).put("association", association.equals("HND") ? "HPN" : "HND");
        second.get(3).put("cccd", first.get(2).get("cccd"));
        second.get(3).put("head_name", first.get(2).get("head_name"));
        second.get(3).put("category", first.get(2).get("category"));
        second.get(3).put("association", association);
        Map<String, Long> before = ImportSupport.counts(jdbc);

        String page = ImportSupport.csvPage(mvc, LoanBookFile.csv(second), AS_OF);

        Map<Integer, String> wrong = ImportSupport.wrongRows(page);
        assertThat(wrong).containsOnlyKeys(3, 5);
        assertThat(wrong.get(3)).contains("tổ " + group + " đã có trong sổ nhưng khác association");
        assertThat(wrong.get(5)).contains("hộ cccd " + first.get(2).get("cccd") + " đang là thành viên tổ " + group);
        assertThat(ImportSupport.counts(jdbc)).isEqualTo(before);
    }

    @Test
    void everyWrongRowIsListedWithItsLine() {
        List<Map<String, String>> rows = new ArrayList<>(sixRows());
        rows.addAll(LoanBookFile.generate(LoanBookFile.newTag(), 6, 1, AS_OF, 22));
        rows.get(0).put("cccd", "0401");
        rows.get(4).put("category", "GIAU");
        rows.get(4).put("programme_code", "ZZ");
        rows.get(9).put("point_day", "40");
        Map<String, Long> before = ImportSupport.counts(jdbc);

        String page = ImportSupport.csvPage(mvc, LoanBookFile.csv(rows), AS_OF);

        Map<Integer, String> wrong = ImportSupport.wrongRows(page);
        assertThat(wrong).containsOnlyKeys(2, 6, 11);
        assertThat(wrong.get(6)).contains("category \"GIAU\"").contains("programme_code \"ZZ\"");
        assertThat(page).contains("Tệp so-cho-vay.csv có 3 dòng sai trong 12 dòng dữ liệu");
        assertThat(ImportSupport.counts(jdbc)).isEqualTo(before);
    }

    /** Six valid loans of one new group (HPN) in one new commune: rows 2 to 7 of the file. */
    private static List<Map<String, String>> sixRows() {
        List<Map<String, String>> rows = LoanBookFile.generate(LoanBookFile.newTag(), 6, 1, AS_OF, 21);
        assertThat(rows).hasSize(6);
        return rows;
    }
}
