package vn.vbsp.portal.loanimport.domain;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.loan.LoanBalances;
import vn.vbsp.portal.loan.Instalment;
import vn.vbsp.portal.loan.LoanBookOpening;
import vn.vbsp.portal.shared.CopyRows;
import vn.vbsp.portal.shared.MessageKey;
import vn.vbsp.portal.shared.VietnameseText;

/**
 * Checks a file's rows against the database and writes them, inside the caller's transaction: what exists is found
 * by code (households by cccd) and reused, what is missing is created, each table sent in one COPY. A loan number
 * already in the book with the same figures is left alone, which is what makes a second import of the same file
 * change nothing. The household and group modules have no write facades yet, so this writes their tables directly,
 * keeping the rules their tables hold (one active group per organisation for a household, the group's chapter).
 */
@Component
class LoanBookWriter {

    /** One import at a time, across every instance of the portal. */
    static final long IMPORT_LOCK = 60611;
    /** The village of a new household whose direct loan names none. */
    static final String UNKNOWN_VILLAGE = "Chưa rõ thôn";
    static final String POSTED_REFERENCE = "Nhập sổ cho vay";

    /** What was created, per kind, in the order the page lists it. */
    record Written(Map<String, Integer> created, int existingLoans) {
    }

    private record CommuneRef(long id, Integer pointDay) {
    }

    private record GroupRef(long id, int associationId, long communeId) {
    }

    private final DataSource dataSource;
    private final AuditTrail audit;
    private final LoanBalances balances;

    LoanBookWriter(DataSource dataSource, AuditTrail audit, LoanBalances balances) {
        this.balances = balances;
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /** Checks, then writes unless a row is wrong: answers null, with the wrong rows added to {@code check}, if one is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Written write(BookCheck check, LocalDate asOf, String username, String fileName, ImportProgress progress)
            throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return new Run(connection, check, asOf, username, fileName, progress).go();
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** One import's look-ups and writes. */
    private final class Run {

        private final Connection connection;
        private final BookCheck check;
        private final LocalDate asOf;
        private final String username;
        private final String fileName;
        private final ImportProgress progress;
        private final Map<String, Integer> created = new LinkedHashMap<>();

        private Map<String, Integer> associations;
        private Map<String, Integer> programmes;
        private final Map<String, CommuneRef> communes = new HashMap<>();
        private final Map<String, GroupRef> groups = new HashMap<>();
        private final Map<String, Long> households = new HashMap<>();
        /** household id | association id → code of the group it is an active member of. */
        private final Map<String, String> memberships = new HashMap<>();
        private final Map<String, ImportRow.LoanFigures> existingLoans = new HashMap<>();

        Run(Connection connection, BookCheck check, LocalDate asOf, String username, String fileName, ImportProgress progress) {
            this.connection = connection;
            this.check = check;
            this.asOf = asOf;
            this.username = username;
            this.fileName = fileName;
            this.progress = progress;
        }

        Written go() throws SQLException {
            progress.phase("loanimport.phase.database");
            execute("select pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
            List<ImportRow> rows = check.rows();
            lookUp(rows);
            List<ImportRow> fresh = new ArrayList<>();
            int existing = 0;
            for (ImportRow row : rows) {
                ImportRow.LoanFigures known = existingLoans.get(row.loanNo());
                if (known == null) {
                    List<MessageKey> problems = conflicts(row);
                    if (problems.isEmpty()) {
                        fresh.add(row);
                    } else {
                        check.wrong(row.line(), problems);
                    }
                } else {
                    String differences = known.differences(row.figures());
                    if (differences.isEmpty()) {
                        existing++;
                    } else {
                        check.wrong(row.line(), List.of(MessageKey.of("loanimport.row.loan-exists", row.loanNo(), differences)));
                    }
                }
            }
            if (check.hasWrongRows()) {
                return null;
            }
            progress.phase("loanimport.phase.writing");
            writeAll(fresh);
            audit.recordAs(username, "IMPORT_LOAN_BOOK", "loan_book", fileName, null, Map.of(
                    "file", fileName == null ? "" : fileName, "asOf", asOf.toString(), "rows", check.records(),
                    "existingLoans", existing, "created", created));
            return new Written(created, existing);
        }

        private void lookUp(List<ImportRow> rows) throws SQLException {
            associations = codes("select code, id from association");
            programmes = codes("select code, id from programme");
            query("""
                    select c.code, c.id, tp.day_of_month from commune c left join transaction_point tp on tp.commune_id = c.id
                    where c.code = any(?)""", distinct(rows, ImportRow::communeCode),
                    rs -> communes.put(rs.getString(1), new CommuneRef(rs.getLong(2), rs.getObject(3, Integer.class))));
            query("""
                    select g.code, g.id, g.association_id, v.commune_id from savings_group g join village v on v.id = g.village_id
                    where g.code = any(?)""", distinct(rows, ImportRow::groupCode),
                    rs -> groups.put(rs.getString(1), new GroupRef(rs.getLong(2), rs.getInt(3), rs.getLong(4))));
            query("select cccd, id from household where cccd = any(?)", distinct(rows, ImportRow::cccd),
                    rs -> households.put(rs.getString(1), rs.getLong(2)));
            query("""
                    select m.household_id, m.association_id, g.code from group_member m join savings_group g on g.id = m.group_id
                    where m.left_on is null and m.household_id = any(?)""", households.values().toArray(),
                    rs -> memberships.put(rs.getLong(1) + "|" + rs.getInt(2), rs.getString(3)));
            Map<Long, ImportRow.LoanFigures> known = new HashMap<>();
            Map<Long, String> loanNos = new HashMap<>();
            query("""
                    select l.id, l.loan_no, h.cccd, c.code, g.code, a.code, p.code, l.disbursed_on, l.maturity_on, l.principal
                    from loan l
                    join household h on h.id = l.household_id
                    join commune c on c.id = l.commune_id
                    join programme p on p.id = l.programme_id
                    left join savings_group g on g.id = l.group_id
                    left join association a on a.id = l.association_id
                    where l.loan_no = any(?)""", distinct(rows, ImportRow::loanNo),
                    rs -> {
                        loanNos.put(rs.getLong(1), rs.getString(2));
                        known.put(rs.getLong(1), new ImportRow.LoanFigures(rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class),
                                rs.getObject(9, LocalDate.class), rs.getLong(10), 0, 0, 0));
                    });
            // the balances at the as-of date from the loan module, the one place balances come from
            balances.asOf(known.keySet(), asOf).forEach((id, b) -> {
                ImportRow.LoanFigures f = known.get(id);
                existingLoans.put(loanNos.get(id), new ImportRow.LoanFigures(f.cccd(), f.communeCode(), f.groupCode(),
                        f.association(), f.programmeCode(), f.disbursedOn(), f.maturityOn(), f.principal(),
                        b.outstanding().dong(), b.overdue().dong(), b.frozen().dong()));
            });
        }

        /** What the database holds against a new loan's row: its group elsewhere, its household in another group. */
        private List<MessageKey> conflicts(ImportRow row) {
            List<MessageKey> problems = new ArrayList<>();
            if (row.groupCode() == null) {
                return problems;
            }
            int associationId = associations.get(row.association());
            GroupRef group = groups.get(row.groupCode());
            if (group != null) {
                if (group.associationId() != associationId) {
                    problems.add(MessageKey.of("loanimport.row.group-exists", row.groupCode(), "association"));
                }
                CommuneRef commune = communes.get(row.communeCode());
                if (commune == null || commune.id() != group.communeId()) {
                    problems.add(MessageKey.of("loanimport.row.group-exists", row.groupCode(), "commune_code"));
                }
            }
            Long household = households.get(row.cccd());
            if (household != null) {
                String current = memberships.get(household + "|" + associationId);
                if (current != null && !current.equals(row.groupCode())) {
                    problems.add(MessageKey.of("loanimport.row.membership-exists", row.cccd(), current));
                }
            }
            return problems;
        }

        private void writeAll(List<ImportRow> rows) throws SQLException {
            writeCommunes(rows);
            Map<String, Long> villages = writeVillages(rows);
            writeHouseholds(rows, villages);
            writeGroups(rows, villages);
            writeMemberships(rows);
            writeLoans(rows);
        }

        private void writeCommunes(List<ImportRow> rows) throws SQLException {
            Map<String, ImportRow> missing = new LinkedHashMap<>();
            rows.stream().filter(r -> !communes.containsKey(r.communeCode())).forEach(r -> missing.putIfAbsent(r.communeCode(), r));
            long[] ids = ids("commune", missing.size());
            CopyRows communeRows = new CopyRows("commune", "id", "code", "name");
            int i = 0;
            for (ImportRow row : missing.values()) {
                communeRows.add(ids[i]).add(row.communeCode()).add(row.communeName()).end();
                communes.put(row.communeCode(), new CommuneRef(ids[i++], null));
            }
            created.put("commune", communeRows.send(connection));

            Map<String, ImportRow> withoutPoint = new LinkedHashMap<>();
            rows.stream().filter(r -> communes.get(r.communeCode()).pointDay() == null)
                    .forEach(r -> withoutPoint.putIfAbsent(r.communeCode(), r));
            CopyRows points = new CopyRows("transaction_point", "commune_id", "place", "day_of_month");
            for (ImportRow row : withoutPoint.values()) {
                long id = communes.get(row.communeCode()).id();
                points.add(id).add("Điểm giao dịch xã " + row.communeName()).add(row.pointDay()).end();
                communes.put(row.communeCode(), new CommuneRef(id, row.pointDay()));
            }
            created.put("transaction_point", points.send(connection));
        }

        /** The village of every row that needs one: its own, or for a new household of a direct loan, "not known". */
        private Map<String, Long> writeVillages(List<ImportRow> rows) throws SQLException {
            Map<String, Long> villages = new HashMap<>();
            Object[] communeIds = rows.stream().map(r -> communes.get(r.communeCode()).id()).distinct().toArray();
            query("select commune_id, name, id from village where commune_id = any(?)", communeIds,
                    rs -> villages.put(rs.getLong(1) + "|" + rs.getString(2), rs.getLong(3)));
            Set<String> missing = new LinkedHashSet<>();
            for (ImportRow row : rows) {
                String key = villageKey(row);
                if (key != null && !villages.containsKey(key)) {
                    missing.add(key);
                }
            }
            long[] ids = ids("village", missing.size());
            CopyRows villageRows = new CopyRows("village", "id", "commune_id", "name");
            int i = 0;
            for (String key : missing) {
                int bar = key.indexOf('|');
                villageRows.add(ids[i]).add(Long.parseLong(key.substring(0, bar))).add(key.substring(bar + 1)).end();
                villages.put(key, ids[i++]);
            }
            created.put("village", villageRows.send(connection));
            return villages;
        }

        private String villageKey(ImportRow row) {
            long commune = communes.get(row.communeCode()).id();
            if (row.village() != null) {
                return commune + "|" + row.village();
            }
            return households.containsKey(row.cccd()) ? null : commune + "|" + UNKNOWN_VILLAGE;
        }

        private void writeHouseholds(List<ImportRow> rows, Map<String, Long> villages) throws SQLException {
            Map<String, ImportRow> missing = new LinkedHashMap<>();
            rows.stream().filter(r -> !households.containsKey(r.cccd())).forEach(r -> missing.putIfAbsent(r.cccd(), r));
            long[] ids = ids("household", missing.size());
            CopyRows householdRows = new CopyRows("household", "id", "cccd", "head_name", "search_name", "village_id", "category");
            int i = 0;
            for (ImportRow row : missing.values()) {
                householdRows.add(ids[i]).add(row.cccd()).add(row.headName()).add(VietnameseText.fold(row.headName()))
                        .add(villages.get(villageKey(row))).add(row.category()).end();
                households.put(row.cccd(), ids[i++]);
            }
            created.put("household", householdRows.send(connection));
        }

        private void writeGroups(List<ImportRow> rows, Map<String, Long> villages) throws SQLException {
            Map<String, ImportRow> missing = new LinkedHashMap<>();
            rows.stream().filter(r -> r.groupCode() != null && !groups.containsKey(r.groupCode()))
                    .forEach(r -> missing.putIfAbsent(r.groupCode(), r));
            Map<String, Long> chapters = chapters(missing.values());
            Map<String, Long> leaders = leaders(rows, missing);
            long[] ids = ids("savings_group", missing.size());
            CopyRows groupRows = new CopyRows("savings_group", "id", "code", "name", "chapter_id", "association_id",
                    "village_id", "leader_household_id");
            int i = 0;
            for (ImportRow row : missing.values()) {
                int associationId = associations.get(row.association());
                long communeId = communes.get(row.communeCode()).id();
                groupRows.add(ids[i]).add(row.groupCode()).add(row.groupName())
                        .add(chapters.get(associationId + "|" + communeId)).add(associationId)
                        .add(villages.get(villageKey(row))).add(leaders.get(row.groupCode())).end();
                groups.put(row.groupCode(), new GroupRef(ids[i++], associationId, communeId));
            }
            created.put("savings_group", groupRows.send(connection));
        }

        /** The commune chapters the new groups belong to, created where the organisation has none in the commune yet. */
        private Map<String, Long> chapters(Iterable<ImportRow> newGroups) throws SQLException {
            Map<String, Long> chapters = new HashMap<>();
            Object[] communeIds = communes.values().stream().map(CommuneRef::id).distinct().toArray();
            query("select association_id, commune_id, id from association_chapter where level = 'COMMUNE' and commune_id = any(?)",
                    communeIds, rs -> chapters.put(rs.getInt(1) + "|" + rs.getLong(2), rs.getLong(3)));
            Set<String> missing = new LinkedHashSet<>();
            for (ImportRow row : newGroups) {
                String key = associations.get(row.association()) + "|" + communes.get(row.communeCode()).id();
                if (!chapters.containsKey(key)) {
                    missing.add(key);
                }
            }
            long[] ids = ids("association_chapter", missing.size());
            CopyRows chapterRows = new CopyRows("association_chapter", "id", "association_id", "level", "commune_id");
            int i = 0;
            for (String key : missing) {
                int bar = key.indexOf('|');
                chapterRows.add(ids[i]).add(Long.parseLong(key.substring(0, bar))).add("COMMUNE")
                        .add(Long.parseLong(key.substring(bar + 1))).end();
                chapters.put(key, ids[i++]);
            }
            created.put("association_chapter", chapterRows.send(connection));
            return chapters;
        }

        /**
         * The household of each new group whose head the file names as the group's leader, where there is one: the
         * first row of the group whose head's name is the leader's (diacritics and case aside). One pass over the rows.
         */
        private Map<String, Long> leaders(List<ImportRow> rows, Map<String, ImportRow> newGroups) {
            Map<String, Long> leaders = new HashMap<>();
            Map<String, String> wanted = new HashMap<>();
            newGroups.forEach((code, group) -> {
                if (group.groupLeader() != null) {
                    wanted.put(code, VietnameseText.fold(group.groupLeader()));
                }
            });
            for (ImportRow row : rows) {
                String leader = row.groupCode() == null ? null : wanted.get(row.groupCode());
                if (leader != null && !leaders.containsKey(row.groupCode())
                        && VietnameseText.fold(row.headName()).equals(leader)) {
                    leaders.put(row.groupCode(), households.get(row.cccd()));
                }
            }
            return leaders;
        }

        private void writeMemberships(List<ImportRow> rows) throws SQLException {
            Map<String, ImportRow> joining = new LinkedHashMap<>();
            Map<String, LocalDate> joinedOn = new HashMap<>();
            for (ImportRow row : rows) {
                if (row.groupCode() == null) {
                    continue;
                }
                long household = households.get(row.cccd());
                int associationId = associations.get(row.association());
                if (row.groupCode().equals(memberships.get(household + "|" + associationId))) {
                    continue;
                }
                String key = household + "|" + row.groupCode();
                joining.putIfAbsent(key, row);
                joinedOn.merge(key, row.disbursedOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
            CopyRows memberRows = new CopyRows("group_member", "group_id", "association_id", "household_id", "joined_on");
            joining.forEach((key, row) -> memberRows.add(groups.get(row.groupCode()).id()).add(associations.get(row.association()))
                    .add(households.get(row.cccd())).add(joinedOn.get(key)).end());
            created.put("group_member", memberRows.send(connection));
        }

        private void writeLoans(List<ImportRow> rows) throws SQLException {
            long[] ids = ids("loan", rows.size());
            CopyRows loans = new CopyRows("loan", "id", "loan_no", "household_id", "group_id", "association_id",
                    "programme_id", "commune_id", "principal", "disbursed_on", "maturity_on", "instalment_months", "status",
                    "imported");
            CopyRows instalments = new CopyRows("loan_instalment", "loan_id", "seq", "due_on", "principal_due",
                    "original_due_on");
            LoanBookOpening ledger = new LoanBookOpening();
            String note = "Số dư chuyển sang khi nhập sổ cho vay"
                    + (fileName == null || fileName.isBlank() ? "" : " từ tệp " + abbreviate(fileName, 200));
            for (int i = 0; i < rows.size(); i++) {
                ImportRow row = rows.get(i);
                long id = ids[i];
                CommuneRef commune = communes.get(row.communeCode());
                GroupRef group = row.groupCode() == null ? null : groups.get(row.groupCode());
                loans.add(id).add(row.loanNo()).add(households.get(row.cccd())).add(group == null ? null : group.id())
                        .add(group == null ? null : (long) group.associationId()).add(programmes.get(row.programmeCode()))
                        .add(commune.id()).add(row.principal()).add(row.disbursedOn()).add(row.maturityOn())
                        .add(RemainingSchedule.INTERVAL_MONTHS).add(row.outstanding() > 0 ? "ACTIVE" : "SETTLED").add(true).end();
                for (Instalment due : RemainingSchedule.of(row.inTerm(), row.disbursedOn(), row.maturityOn(), asOf,
                        commune.pointDay())) {
                    instalments.add(id).add(due.seq()).add(due.dueOn()).add(due.principalDue().dong()).add(due.dueOn()).end();
                }
                ledger.add(id, asOf, row.outstanding(), row.overdue(), row.frozen(), POSTED_REFERENCE, note,
                        "loan-import:" + row.loanNo(), username);
            }
            created.put("loan", loans.send(connection));
            created.put("loan_instalment", instalments.send(connection));
            created.put(LoanBookOpening.LEDGER, ledger.send(connection));
        }

        private long[] ids(String table, int count) throws SQLException {
            long[] ids = new long[count];
            if (count == 0) {
                return ids;
            }
            try (PreparedStatement st = connection.prepareStatement(
                    "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")) {
                st.setString(1, table);
                st.setInt(2, count);
                try (ResultSet rs = st.executeQuery()) {
                    int i = 0;
                    while (rs.next()) {
                        ids[i++] = rs.getLong(1);
                    }
                }
            }
            return ids;
        }

        private Map<String, Integer> codes(String sql) throws SQLException {
            Map<String, Integer> codes = new HashMap<>();
            try (PreparedStatement st = connection.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    codes.put(rs.getString(1), rs.getInt(2));
                }
            }
            return codes;
        }

        private void query(String sql, Object[] values, RowHandler handler) throws SQLException {
            if (values.length == 0) {
                return;
            }
            String type = values[0] instanceof Long ? "bigint" : "text";
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                Array array = connection.createArrayOf(type, values);
                st.setArray(1, array);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
                array.free();
            }
        }

        private void execute(String sql) throws SQLException {
            try (PreparedStatement st = connection.prepareStatement(sql)) {
                st.execute();
            }
        }
    }

    @FunctionalInterface
    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private static Object[] distinct(List<ImportRow> rows, Function<ImportRow, String> key) {
        return rows.stream().map(key).filter(v -> v != null).distinct().toArray();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
