package vn.vbsp.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.support.PortalTest;

@PortalTest
class PortalApplicationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsOnPostgresqlWithEveryMigrationApplied() throws IOException {
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
        long files;
        try (Stream<Path> migrations = Files.list(Path.of("db/migration"))) {
            files = migrations.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
        }
        long applied = jdbc.sql("select count(*) from flyway_schema_history where success and version is not null")
                .query(Long.class).single();
        assertThat(applied).isEqualTo(files).isGreaterThanOrEqualTo(10);
    }

    @Test
    void theDatabaseRefusesWhatTheRulesForbid() {
        assertThat(rejects("insert into household (cccd, head_name, search_name, village_id, category) "
                + "select '12345', 'A', 'a', id, 'NGHEO' from village limit 1")).as("a CCCD of 5 digits").isTrue();
        assertThat(rejects("update transaction_point set day_of_month = 32")).as("day 32").isTrue();
        assertThat(rejects("update loan_txn set amount = amount + 1")).as("editing the ledger").isTrue();
        jdbc.sql("insert into audit_log (username, action, entity) values ('test', 'PROBE', 'none')").update();
        assertThat(rejects("delete from audit_log where action = 'PROBE'")).as("deleting from the audit log").isTrue();
        assertThat(rejects("update audit_log set username = 'someone else'")).as("rewriting the audit log").isTrue();
    }

    private boolean rejects(String sql) {
        try {
            jdbc.sql(sql).update();
            return false;
        } catch (RuntimeException expected) {
            return true;
        }
    }
}
