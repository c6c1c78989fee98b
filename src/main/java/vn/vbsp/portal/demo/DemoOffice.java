package vn.vbsp.portal.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.vbsp.portal.demo.OfficeModel.Group;
import vn.vbsp.portal.demo.OfficeModel.Household;
import vn.vbsp.portal.demo.OfficeModel.Network;

/**
 * Builds the whole demo office for a given day and writes it on one connection, inside the caller's
 * transaction. The same seed and day always give the same office.
 */
final class DemoOffice {

    /** What was written, for the log. */
    record Loaded(Map<String, Integer> rows, int users, LoanLedger.Totals book, long buildMillis, long writeMillis) {
    }

    private final long seed;
    private final LocalDate today;

    DemoOffice(long seed, LocalDate today) {
        this.seed = seed;
        this.today = today;
    }

    /** The tables that reference others get their ids from these sequences. */
    static final String[] TABLES_WITH_IDS = {"commune", "village", "transaction_point", "association_chapter",
        "savings_group", "household", "savings_account", "loan", "loan_instalment", "inspection_plan"};

    /** The whole office as COPY text, not yet sent anywhere. */
    record Built(CopyBatch batch, LoanLedger.Totals book) {
    }

    Loaded write(Connection connection, String passwordHash) throws SQLException {
        long started = System.nanoTime();
        Catalogue catalogue = Catalogue.read(connection);
        Ids ids = Ids.startingAt(connection, TABLES_WITH_IDS);
        Built built = build(catalogue, ids);
        long written = System.nanoTime();
        office(connection);
        Map<String, Integer> rows = built.batch().copyAll(connection);
        ids.finish(connection);
        int users = DemoUsers.insert(connection, catalogue, passwordHash);
        return new Loaded(rows, users, built.book(), (written - started) / 1_000_000,
                (System.nanoTime() - written) / 1_000_000);
    }

    Built build(Catalogue catalogue, Ids ids) {
        Dice dice = new Dice(seed);
        Dice networkDice = dice.split();
        Dice groupDice = dice.split();
        Dice householdDice = dice.split();
        Dice loanDice = dice.split();
        Dice planDice = dice.split();
        CopyBatch batch = new CopyBatch();

        Network network = new NetworkBuilder(networkDice, ids, catalogue, today).build(batch);
        Groups groupBuilder = new Groups(groupDice, ids, today);
        List<Group> groups = groupBuilder.plan(network);
        List<Household> households = new HouseholdBuilder(householdDice, ids, today).build(network, groups, batch);
        groupBuilder.write(groups, batch);

        List<LoanPlan> loans = new LoanBook(loanDice, catalogue, today).plan(households, network.communes());
        LoanLedger ledger = new LoanLedger(today, ids, network, batch);
        loans.forEach(ledger::post);

        PlansBuilder plans = new PlansBuilder(planDice, ids, catalogue, today);
        plans.capitalPlans(network, loans, batch);
        plans.inspections(network, groups, network.creditOfficers(), batch);
        return new Built(batch, ledger.totals());
    }

    private static void office(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("""
                insert into office (id, code, name, district, province, address) values (1, ?, ?, ?, ?, ?)
                on conflict (id) do nothing""")) {
            st.setString(1, "PGD-YT");
            st.setString(2, "Phòng giao dịch NHCSXH huyện " + NetworkBuilder.DISTRICT);
            st.setString(3, NetworkBuilder.DISTRICT);
            st.setString(4, NetworkBuilder.PROVINCE);
            st.setString(5, "Khối 3, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An");
            st.executeUpdate();
        }
    }
}
