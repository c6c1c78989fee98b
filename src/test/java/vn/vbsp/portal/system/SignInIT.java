package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vbsp.portal.support.Browser;
import vn.vbsp.portal.support.PortalTest;

/** The first minute of everyone's day, in a real browser: sign in, land on one's page, switch language, sign out. */
@PortalTest
class SignInIT {

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
    void aCreditOfficerSignsInToTheDeskAndCanReadItInEnglish() {
        browser.signIn("canbo", "demo");
        assertThat(browser.path()).isEqualTo("/desk");
        assertThat(browser.text()).contains("Bàn làm việc", "Giao dịch xã hôm nay và 14 ngày tới");

        browser.driver().findElement(By.id("user-menu")).click();
        browser.driver().findElement(By.linkText("English")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("lang=en"));
        assertThat(browser.text()).contains("Desk", "Commune transaction days in the next 14 days");
        browser.open("/calendar");
        assertThat(browser.text()).as("the choice of language is remembered").contains("Commune transaction days");

        browser.open("/desk?lang=vi");
        browser.driver().findElement(By.id("user-menu")).click();
        browser.driver().findElement(By.xpath("//button[text()='Đăng xuất']")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("logout"));
        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.text()).contains("Bạn đã đăng xuất.");
    }

    @Test
    void aBoardMemberSeesTheOfficeFiguresInVietnameseFormat() {
        browser.signIn("bandaidien", "demo");
        assertThat(browser.path()).isEqualTo("/dashboard");
        String outstanding = browser.driver().findElement(By.id("kpi-outstanding")).getText();
        assertThat(outstanding).matches("\\d{1,3}(\\.\\d{3})* triệu");
        assertThat(browser.text()).contains("Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Tỷ lệ nợ quá hạn").containsPattern("\\d+,\\d{2} %");
        browser.screenshot("dashboard");
    }

    @Test
    void theWrongPasswordKeepsTheUserOnTheLoginPageWithAMessage() {
        browser.open("/login");
        browser.driver().findElement(By.id("username")).sendKeys("giamdoc");
        browser.driver().findElement(By.id("password")).sendKeys("khong-dung");
        browser.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("error"));
        assertThat(browser.path()).isEqualTo("/login?error");
        assertThat(browser.text()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
    }
}
