package vn.vbsp.portal.desk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vbsp.portal.shared.Quarter;
import vn.vbsp.portal.support.Browser;
import vn.vbsp.portal.support.PortalTest;

/** The officer and the Board member at their desks, in Chromium. */
@PortalTest
class DeskIT {

    @LocalServerPort
    int port;

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
    void anOfficerRecordsAnInspectionFromTheirDesk() {
        browser.signIn("hoinongdan", "demo");
        assertThat(browser.path()).isEqualTo("/officer");
        assertThat(browser.text()).contains("Hội Nông dân", "Các tổ của hội");
        browser.follow(By.id("record-inspection"));
        Select group = new Select(browser.driver().findElement(By.id("groupId")));
        group.selectByIndex(1);
        String chosen = group.getFirstSelectedOption().getText();
        browser.driver().findElement(By.id("findings")).sendKeys("Tổ họp định kỳ, sổ sách đầy đủ (kiểm tra qua trình duyệt)");
        new Select(browser.driver().findElement(By.id("result"))).selectByValue("ISSUES");
        browser.driver().findElement(By.id("followUp")).sendKeys("Bổ sung biên bản họp tổ");
        browser.follow(By.cssSelector("#inspection-form button[type=submit]"));
        assertThat(browser.path()).startsWith("/supervision/inspections/");
        assertThat(browser.text()).contains("Đã ghi biên bản kiểm tra.", "Hội cấp huyện", "Có tồn tại",
                "kiểm tra qua trình duyệt", "Bổ sung biên bản họp tổ", chosen.substring(0, chosen.indexOf(" · ")));
        browser.screenshot("officer-inspection");
    }

    @Test
    void aBoardMemberOpensAQuarterWithItsChartsAndPrintsIt() {
        browser.signIn("bandaidien", "demo");
        assertThat(browser.path()).isEqualTo("/dashboard");
        Quarter earlier = Quarter.lastEndedBy(java.time.LocalDate.now()).previous();
        new Select(browser.driver().findElement(By.id("quarter"))).selectByValue(earlier.toString());
        browser.follow(By.cssSelector("form[action='/dashboard'] button[type=submit]"));
        assertThat(browser.path()).isEqualTo("/dashboard?quarter=" + earlier);
        assertThat(browser.text()).contains("Tổng quan dư nợ · " + earlier.label(), "Hội Nông dân", "Theo xã")
                .containsPattern("\\d+,\\d{2} %");
        WebElement trend = browser.driver().findElement(By.id("chart-trend"));
        Object drawn = ((JavascriptExecutor) browser.driver())
                .executeScript("return typeof Chart !== 'undefined' && Chart.getChart(arguments[0]) !== undefined", trend);
        assertThat(drawn).as("Chart.js drew the trend").isEqualTo(true);
        browser.screenshot("board-dashboard");

        browser.follow(By.id("print-view"));
        assertThat(browser.path()).isEqualTo("/dashboard/print?quarter=" + earlier);
        assertThat(browser.driver().findElements(By.cssSelector("svg.chart-svg"))).hasSize(4);
        assertThat(browser.driver().findElements(By.cssSelector("nav"))).isEmpty();
        assertThat(browser.text()).contains("Báo cáo Ban đại diện HĐQT quý " + earlier.label(), "Hội Nông dân");
        ((JavascriptExecutor) browser.driver()).executeScript("window.print = function () { window.printed = true; };");
        browser.driver().findElement(By.id("print-now")).click();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.printed === true")).isEqualTo(true);
        browser.screenshot("board-print");
    }
}
