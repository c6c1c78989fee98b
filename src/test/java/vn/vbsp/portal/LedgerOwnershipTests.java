package vn.vbsp.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One source for balances: only the loan module names the ledger table in SQL (or COPY). */
class LedgerOwnershipTests {

    private static final Path SOURCES = Path.of("src/main/java/vn/vbsp/portal");
    private static final Pattern LEDGER_IN_SQL = Pattern.compile(
            "(?i)(\\b(from|join|into|update|copy|table)\\s+loan_txn\\b|\"loan_txn\")");

    @Test
    void noModuleButLoanNamesTheLedgerInSql() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                // demo: the generator of the demonstration database writes every table itself, in one COPY batch
                if (module.equals("loan") || module.equals("demo")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    boolean comment = line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")
                            || line.startsWith("--");
                    if (!comment && LEDGER_IN_SQL.matcher(line).find()) {
                        found.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertThat(found).as("SQL over loan_txn outside the loan module").isEmpty();
    }

    @Test
    void theCheckSeesSqlOverTheLedger() {
        assertThat(LEDGER_IN_SQL.matcher("from loan_txn t join loan l").find()).isTrue();
        assertThat(LEDGER_IN_SQL.matcher("where loan_txn_id = :t").find()).isFalse();
    }
}
