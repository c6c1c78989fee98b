package vn.vbsp.portal.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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

/** The day a new household comes in: registered, taken into its village's group, found again typed without diacritics. */
@PortalTest
class HouseholdJoinsGroupIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountService accounts;

    private Browser browser;
    private HouseholdFixtures.Place place;
    private long groupId;
    private String username;

    @BeforeEach
    void officeWithAGroup() {
        HouseholdFixtures fixtures = new HouseholdFixtures(jdbc);
        place = fixtures.place();
        groupId = fixtures.group("HPN", place);
        username = "join.it" + HouseholdFixtures.next();
        accounts.create(username, "mat-khau-thu-1", new UserCommand("Cán bộ tín dụng thử", Role.STAFF, null, null));
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void registerJoinAndFindWithoutDiacritics() {
        String cccd = HouseholdFixtures.cccd();
        browser.signIn(username, "mat-khau-thu-1");

        browser.open("/households/new");
        browser.driver().findElement(By.id("cccd")).sendKeys(cccd);
        browser.driver().findElement(By.id("headName")).sendKeys("Đỗ Thị Ngọc Ánh");
        new Select(browser.driver().findElement(By.id("villageId"))).selectByValue(String.valueOf(place.villageId()));
        new Select(browser.driver().findElement(By.id("category"))).selectByValue("NGHEO");
        browser.driver().findElement(By.id("birthDate")).sendKeys("14/07/1990", Keys.ENTER);
        waitForText("Đã đăng ký hộ vay.");
        assertThat(browser.path()).matches("/households/\\d+");

        browser.open("/groups/" + groupId + "/members/new?q=" + cccd);
        browser.driver().findElement(By.cssSelector("tr[data-cccd='" + cccd + "'] button[name=householdId]")).click();
        waitForText("Đã thêm tổ viên.");
        assertThat(browser.path()).isEqualTo("/groups/" + groupId);
        assertThat(browser.text()).contains("Đỗ Thị Ngọc Ánh");

        browser.open("/households?commune=" + place.communeId());
        browser.driver().findElement(By.id("q")).sendKeys("do thi ngoc anh", Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q="));
        browser.driver().findElement(By.linkText("Đỗ Thị Ngọc Ánh")).click();
        assertThat(browser.text()).contains(cccd, "Hộ nghèo", "Hội Liên hiệp Phụ nữ");
        assertThat(jdbc.sql("""
                select count(*) from group_member m join household h on h.id = m.household_id
                where h.cccd = :cccd and m.group_id = :group and m.left_on is null
                """).param("cccd", cccd).param("group", groupId).query(Long.class).single()).isOne();
    }

    private void waitForText(String text) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.text().contains(text));
    }
}
