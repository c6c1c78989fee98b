package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vbsp.portal.support.Accessibility;
import vn.vbsp.portal.support.Browser;
import vn.vbsp.portal.support.PortalTest;

/** The main pages of each role, checked with axe-core in a real browser: no serious or critical violation. */
@PortalTest
class AccessibilityIT {

    @LocalServerPort
    int port;

    private Browser browser;
    private final List<String> found = new ArrayList<>();

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theCreditOfficersPages() {
        browser.signIn("canbo", "demo");
        visit("/desk", "desk");
        visit("/households", "household list");
        visit(firstLink("/households/\\d+"), "household page");
        browser.open("/loans");
        visit(firstLink("/loans/\\d+"), "loan page");
        browser.open("/transaction-days");
        visit(firstLink("/transaction-days/[^/]+/\\d{4}-\\d{2}-\\d{2}"), "transaction day");
        visit("/reports/portfolio", "portfolio report");
        visit("/reports/overdue", "overdue report");
        assertNone();
    }

    @Test
    void theAssociationOfficersPages() {
        browser.signIn("hoinongdan", "demo");
        visit("/officer", "officer");
        visit(firstLink("/groups/\\d+"), "group page");
        assertNone();
    }

    @Test
    void theBoardsDirectorsAndAdministratorsPages() {
        browser.signIn("bandaidien", "demo");
        visit("/dashboard", "dashboard");
        browser = restart();
        browser.signIn("giamdoc", "demo");
        check("director's landing page");
        visit("/loans/reviews", "director's reviews");
        browser = restart();
        browser.signIn("admin", "demo");
        visit("/admin/users", "user admin");
        visit("/admin/audit", "audit log");
        assertNone();
    }

    private Browser restart() {
        browser.close();
        return new Browser(port);
    }

    private void visit(String path, String pageName) {
        assertThat(path).as("a link to the %s", pageName).isNotNull();
        browser.open(path);
        check(pageName + " (" + path + ")");
    }

    private void check(String pageName) {
        List<String> violations = Accessibility.violations(browser.driver(), pageName);
        violations.forEach(System.out::println);
        found.addAll(violations);
    }

    private void assertNone() {
        assertThat(found).as("serious and critical accessibility violations").isEmpty();
    }

    /** The first link on the page whose path matches, or null. */
    private String firstLink(String pathPattern) {
        Pattern pattern = Pattern.compile("https?://[^/]+(" + pathPattern + ")(?:[?#].*)?");
        for (WebElement a : browser.driver().findElements(By.cssSelector("a[href]"))) {
            var m = pattern.matcher(a.getDomAttribute("href").startsWith("/") ? "http://x" + a.getDomAttribute("href") : a.getDomAttribute("href"));
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }
}
