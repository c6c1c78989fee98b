package vn.vbsp.portal.loan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.support.Browser;
import vn.vbsp.portal.support.PortalTest;

/**
 * From application to disbursement in a real browser: the credit officer records the application, the group's
 * review and the commune's certification; the director approves; the credit officer disburses, and the loan page
 * shows the amount outstanding.
 */
@PortalTest
class LendingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void anApplicationBecomesALoan() {
        LendingFixtures fixtures = new LendingFixtures(jdbc);
        LendingFixtures.Office office = fixtures.office("HND", 15);
        long household = fixtures.member(office, "NGHEO");
        String cccd = fixtures.cccd(household);
        fixtures.capitalPlan(office, "HN", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear(), 200_000_000);

        browser.signIn("canbo", "demo");
        browser.open("/loans/applications");
        browser.follow(By.id("new-application"));
        browser.driver().findElement(By.id("q")).sendKeys(cccd);
        browser.follow(By.cssSelector("#household-search button[type=submit]"));
        browser.follow(By.cssSelector("a[data-cccd='" + cccd + "']"));

        new Select(browser.driver().findElement(By.id("programmeId"))).selectByValue(String.valueOf(fixtures.programme("HN")));
        assertThat(new Select(browser.driver().findElement(By.id("groupId"))).getFirstSelectedOption().getText())
                .contains(office.groupName());
        browser.driver().findElement(By.id("amount")).sendKeys("30.000.000");
        browser.driver().findElement(By.id("termMonths")).sendKeys("36");
        new Select(browser.driver().findElement(By.id("instalmentMonths"))).selectByValue("12");
        browser.driver().findElement(By.id("purpose")).sendKeys("Chăn nuôi bò sinh sản");
        browser.follow(By.cssSelector("#application-form button[type=submit]"));
        assertThat(browser.path()).matches("/loans/applications/\\d+");
        String applicationPage = browser.path();
        long application = Long.parseLong(applicationPage.substring(applicationPage.lastIndexOf('/') + 1));
        assertThat(browser.text()).contains("Đã lập hồ sơ vay.", "Chờ tổ bình xét", "30.000.000 ₫");
        browser.screenshot("loan-application");

        browser.open("/loans/reviews?groupId=" + office.groupId());
        browser.driver().findElement(By.id("attendees")).sendKeys("Tổ trưởng, 28/30 tổ viên, trưởng thôn, cán bộ Hội");
        new Select(browser.driver().findElement(By.id("decision_" + application))).selectByValue("AGREED");
        browser.follow(By.id("record-review"));
        assertThat(browser.text()).contains("Đã ghi biên bản họp tổ bình xét.");

        browser.open("/loans/certifications?communeId=" + office.communeId());
        browser.driver().findElement(By.id("reference")).sendKeys("25/XN-UBND");
        assertThat(browser.driver().findElement(By.id("certify_" + application)).isSelected()).isTrue();
        browser.follow(By.id("record-certification"));
        assertThat(browser.text()).contains("Đã ghi xác nhận của UBND xã.");

        browser.driver().manage().deleteAllCookies();
        browser.signIn("giamdoc", "demo");
        browser.open(applicationPage);
        assertThat(browser.text()).contains("UBND xã đã xác nhận");
        browser.follow(By.id("approve"));
        assertThat(browser.text()).contains("Đã phê duyệt hồ sơ vay.", "Đã phê duyệt");
        browser.follow(By.id("notice-link"));
        assertThat(browser.text()).contains("THÔNG BÁO PHÊ DUYỆT CHO VAY", "30.000.000 ₫", "6,6 %/năm", "Phan Đình Trọng");
        browser.screenshot("loan-approval-notice");

        browser.driver().manage().deleteAllCookies();
        browser.signIn("canbo", "demo");
        browser.open(applicationPage);
        browser.follow(By.id("disburse"));
        assertThat(browser.path()).matches("/loans/\\d+");
        assertThat(browser.text()).contains("Đã giải ngân và mở khoản vay.");
        assertThat(browser.driver().findElement(By.id("balance-outstanding")).getText()).isEqualTo("30.000.000 ₫");
        assertThat(browser.driver().findElement(By.id("loan-no")).getText()).matches("PGD-\\d{4}-\\d{6}");
        assertThat(browser.driver().findElements(By.cssSelector("#schedule tbody tr"))).hasSize(3);
        browser.screenshot("loan-page");
    }
}
