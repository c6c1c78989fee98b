package vn.vbsp.portal.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
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
        assertThat(browser.text()).as("Enter saves, and the wrong CCCD is refused next to its field")
                .contains("Số CCCD chỉ gồm chữ số (0–9)");
        assertThat(browser.driver().findElement(By.name("members[0].fullName")).getAttribute("value")).isEqualTo("Lê Thị Vợ");
        browser.screenshot("household-form-error");

        var cccd = browser.driver().findElement(By.id("cccd"));
        cccd.clear();
        String good = HouseholdFixtures.cccd();
        cccd.sendKeys(good, Keys.ENTER);
        assertThat(browser.path()).matches("/households/\\d+");
        assertThat(browser.text()).contains("Đã đăng ký hộ vay.", "Lê Văn Mới", "05/03/1985", "Lê Thị Vợ", "Hộ cận nghèo");
        assertThat(jdbc.sql("select search_name from household where cccd = :c").param("c", good).query(String.class).single())
                .isEqualTo("le van moi");
    }
}
