package vn.vbsp.portal.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.vbsp.portal.support.Browser;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserCommand;
import vn.vbsp.portal.user.domain.UserAccountService;

/** A credit officer finds a household typing without diacritics, opens it, and registers another, in a real browser. */
@PortalTest
class HouseholdScreensIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountService accounts;

    Browser browser;
    HouseholdFixtures fixtures;
    HouseholdFixtures.Place place;
    String username;

    @BeforeEach
    void officerAndHouseholds() {
        fixtures = new HouseholdFixtures(jdbc);
        place = fixtures.place();
        username = "hh.it" + HouseholdFixtures.next();
        accounts.create(username, "mat-khau-thu-1", new UserCommand("Cán Bộ Thử", Role.STAFF, null, null));
        long group = fixtures.group("HND", place);
        long an = fixtures.household(place.villageId(), "Nguyễn Văn An", HouseholdFixtures.cccd(), "NGHEO");
        fixtures.household(place.villageId(), "Trần Thị Bình", HouseholdFixtures.cccd(), "CAN_NGHEO");
        fixtures.join(group, an, null);
        fixtures.loan(an, group, place.communeId(), "HN", 50_000_000, java.time.LocalDate.of(2025, 5, 12));
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void findOpenAndRegister() {
        browser.signIn(username, "mat-khau-thu-1");
        browser.open("/households?commune=" + place.communeId());
        browser.driver().findElement(By.id("q")).sendKeys("nguyen van an", Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q="));
        assertThat(browser.driver().findElement(By.id("households")).getText()).contains("Nguyễn Văn An")
                .doesNotContain("Trần Thị Bình");
        browser.screenshot("households-list");

        browser.driver().findElement(By.linkText("Nguyễn Văn An")).click();
        assertThat(browser.text()).contains("Nguyễn Văn An", "Hộ nghèo", "50.000.000 ₫", "Hội Nông dân");
        browser.screenshot("household-page");

        browser.open("/households/new");
        browser.driver().findElement(By.id("cccd")).sendKeys("00108501234X");
        browser.driver().findElement(By.id("headName")).sendKeys("Lê Văn Mới");
        new Select(browser.driver().findElement(By.id("villageId"))).selectByValue(String.valueOf(place.villageId()));
        new Select(browser.driver().findElement(By.id("category"))).selectByValue("CAN_NGHEO");
        browser.driver().findElement(By.name("addMember")).click();
        browser.driver().findElement(By.name("members[0].fullName")).sendKeys("Lê Thị Vợ");
        browser.driver().findElement(By.name("members[0].relation")).sendKeys("Vợ");
        browser.driver().findElement(By.id("birthDate")).sendKeys("05/03/1985", Keys.ENTER);
        waitForText("Số CCCD chỉ gồm chữ số");
        assertThat(browser.text()).as("Enter saves, and the wrong CCCD is refused next to its field")
                .contains("Số CCCD chỉ gồm chữ số (0–9)");
        assertThat(browser.driver().findElement(By.name("members[0].fullName")).getAttribute("value")).isEqualTo("Lê Thị Vợ");
        browser.screenshot("household-form-error");

        var cccd = browser.driver().findElement(By.id("cccd"));
        cccd.clear();
        String good = HouseholdFixtures.cccd();
        cccd.sendKeys(good, Keys.ENTER);
        waitForText("Đã đăng ký hộ vay.");
        assertThat(browser.path()).matches("/households/\\d+");
        assertThat(browser.text()).contains("Đã đăng ký hộ vay.", "Lê Văn Mới", "05/03/1985", "Lê Thị Vợ", "Hộ cận nghèo");
        assertThat(jdbc.sql("select search_name from household where cccd = :c").param("c", good).query(String.class).single())
                .isEqualTo("le van moi");
    }

    @Test
    void uploadPreviewAndConfirmAPovertyReview() throws Exception {
        String cccd = HouseholdFixtures.cccd();
        long household = fixtures.household(place.villageId(), "Hà Thị Rà Soát", cccd, "NGHEO");
        Path file = Files.createTempFile("ra-soat", ".csv");
        Files.writeString(file, "\uFEFFcccd,name,category,year\r\n" + cccd + ",Hà Thị Rà Soát,CAN_NGHEO,2025\r\n"
                + "12345,Sai,NGHEO,2025\r\n");
        browser.signIn(username, "mat-khau-thu-1");
        browser.open("/households/poverty-review");
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.driver().findElement(By.cssSelector("#review-upload button[type=submit]")).click();
        waitForText("Xem trước kết quả rà soát");
        assertThat(browser.text()).contains("Có 1 lỗi trong tệp", "Số CCCD phải có đúng 12 chữ số.");
        assertThat(browser.driver().findElements(By.id("review-confirm"))).isEmpty();
        browser.screenshot("poverty-review-problems");

        Files.writeString(file, "cccd,name,category,year\n" + cccd + ",Hà Thị Rà Soát,CAN_NGHEO,2025\n");
        browser.open("/households/poverty-review");
        browser.driver().findElement(By.id("file")).sendKeys(file.toString());
        browser.driver().findElement(By.cssSelector("#review-upload button[type=submit]")).click();
        waitForText("Xem trước kết quả rà soát");
        assertThat(browser.text()).contains("Hộ đổi loại (1)", "Hà Thị Rà Soát");
        browser.screenshot("poverty-review-preview");
        browser.driver().findElement(By.cssSelector("#review-confirm button")).click();
        waitForText("Đã áp dụng kết quả rà soát.");
        assertThat(browser.text()).contains("Số hộ đổi loại: 1");
        assertThat(fixtures.category(household)).isEqualTo("CAN_NGHEO");
        assertThat(fixtures.audited("HOUSEHOLD_REVIEWED", household)).isEqualTo(1);
        Files.deleteIfExists(file);
    }

    private void waitForText(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }
}
