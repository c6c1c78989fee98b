package vn.vbsp.portal.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.DisbursementService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.support.Browser;
import vn.vbsp.portal.support.PortalTest;

/**
 * A commune's transaction day in a real browser: the teller opens the day, accepts a group's sheet as due, changes one
 * line, posts it, sees the day's totals move and closes the day with the cash counted.
 */
@PortalTest
class CollectionIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;
    @Autowired DisbursementService disbursements;

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
    void aTellerPostsAGroupsSheetAndClosesTheDay() {
        CollectionFixtures fixtures = new CollectionFixtures(jdbc, applications, reviews, approvals, disbursements);
        CollectionFixtures.Commune commune = fixtures.commune(3);
        LocalDate today = CollectionFixtures.today();

        browser.signIn("canbo", "demo");
        browser.open("/transaction-days");
        browser.follow(By.cssSelector("tr[data-commune='" + commune.code() + "'][data-date='" + today + "'] a"));
        assertThat(browser.text()).contains(commune.loanNos().get(0), "Thứ tự thanh toán");
        assertThat(browser.driver().findElement(By.id("day-interest")).getText()).isEqualTo("0 ₫");

        WebElement group = browser.driver().findElement(By.id("group-" + commune.groupId()));
        click(group.findElement(By.cssSelector("button.accept-group")));
        WebElement second = group.findElement(By.cssSelector("tr[data-line='2'] input[data-kind='interest']"));
        assertThat(second.getDomProperty("value")).isNotBlank();
        second.clear();
        second.sendKeys("10.000");
        assertThat(group.findElement(By.cssSelector("[data-sum='interest']")).getText()).endsWith("₫");
        browser.screenshot("collection-day-entry");
        show(By.cssSelector("#group-" + commune.groupId() + " button.post-sheet"));
        browser.follow(By.cssSelector("#group-" + commune.groupId() + " button.post-sheet"));

        assertThat(browser.text()).contains("Đã ghi bảng kê.", "Đã ghi 3 dòng");
        assertThat(browser.driver().findElement(By.id("day-interest")).getText()).isNotEqualTo("0 ₫");
        assertThat(browser.driver().findElements(By.cssSelector("#group-" + commune.groupId() + " tr.posted"))).hasSize(3);
        long interestPaid = jdbc.sql("""
                select interest_collected from collection_line where loan_id = :l and reversed_at is null
                """).param("l", jdbc.sql("select id from loan where loan_no = :n")
                        .param("n", browser.driver().findElement(By.cssSelector("#group-" + commune.groupId()
                                + " tr.posted:nth-child(2)")).getDomAttribute("data-loan")).query(Long.class).single())
                .query(Long.class).single();
        assertThat(interestPaid).isEqualTo(10_000);

        String expected = browser.driver().findElement(By.id("day-expected")).getText().replace(" ₫", "");
        show(By.id("countedCash"));
        browser.driver().findElement(By.id("countedCash")).sendKeys(expected);
        show(By.id("close-day"));
        browser.follow(By.id("close-day"));
        assertThat(browser.text()).contains("Đã khóa sổ ngày giao dịch.");
        assertThat(browser.driver().findElement(By.id("day-status")).getText()).isEqualTo("Đã khóa sổ");
        assertThat(browser.driver().findElements(By.cssSelector("button.post-sheet"))).isEmpty();
        browser.screenshot("collection-day-closed");
    }

    private void show(By target) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})",
                browser.driver().findElement(target));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }
}
