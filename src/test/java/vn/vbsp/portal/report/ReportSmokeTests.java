package vn.vbsp.portal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

@PortalTest
class ReportSmokeTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void pagesRender() {
        for (String uri : new String[] {"/reports/portfolio", "/reports/portfolio?by=group", "/reports/portfolio?by=point&sort=outstanding&dir=desc",
            "/reports/overdue", "/reports/overdue.csv", "/reports/portfolio.xlsx", "/reports/overdue.xlsx", "/reports/portfolio/group?code=DIRECT",
            "/reports/portfolio?by=nope", "/reports/overdue.csv?asOf=x"}) {
            long t = System.nanoTime();
            MvcTestResult r = mvc.get().uri(uri).with(TestUsers.as(Role.DIRECTOR)).exchange();
            String body = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
            System.out.println("=== " + uri + " " + r.getResponse().getStatus() + " " + (System.nanoTime() - t) / 1_000_000 + " ms "
                    + body.length() + (r.getUnresolvedException() != null ? " EX " + r.getUnresolvedException() : ""));
            if (uri.endsWith(".csv")) System.out.println(body.lines().limit(5).toList());
        }
    }
}
