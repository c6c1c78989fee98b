package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vbsp.portal.support.FreshDatabase;
import vn.vbsp.portal.support.PortalClient;
import vn.vbsp.portal.support.PortalProcess;

/**
 * With VBSP_REPORTS_DATASOURCE_URL set, a report of closed days is read on the reports database and today's on the
 * primary. The "replica" here is a copy of the primary with one commune renamed, so the page tells where it was read;
 * a real streaming replica is set up by {@code bench/replica-demo.sh}.
 */
class ReportsReplicaTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aReportOfYesterdayIsReadOnTheReplicaAndTodaysOnThePrimary() {
        FreshDatabase primary = FreshDatabase.create("vbsp_primary");
        try (PortalProcess loader = PortalProcess.start("replica-loader", primary, Map.of("VBSP_DEMO_DATA", "true"))) {
            assertThat(loader.alive()).isTrue();
        }
        FreshDatabase replica = FreshDatabase.copyOf(primary, "vbsp_replica");
        replica.jdbc().sql("update commune set name = name || ' (bản sao)' where code = 'X01'").update();

        try (PortalProcess portal = PortalProcess.start("replica-reader", primary,
                Map.of("VBSP_REPORTS_DATASOURCE_URL", replica.url()))) {
            PortalClient board = new PortalClient(portal.base()).login("bandaidien", "demo");
            String yesterday = board.get("/reports/portfolio.csv?by=commune&asOf=" + TODAY.minusDays(1)).body();
            String today = board.get("/reports/portfolio.csv?by=commune&asOf=" + TODAY).body();
            assertThat(yesterday).as("read on the replica").contains("(bản sao)");
            assertThat(today).as("read on the primary").doesNotContain("(bản sao)").contains("X01,");
            String metrics = new PortalClient(portal.base()).login("admin", "demo").get("/actuator/prometheus").body();
            assertThat(metrics).contains("vbsp_reports_reads_total{", "source=\"replica\"");
        }
    }
}
