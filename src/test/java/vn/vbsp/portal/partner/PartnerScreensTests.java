package vn.vbsp.portal.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unbescape.html.HtmlEscape;
import vn.vbsp.portal.group.GroupFixtures;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserCommand;
import vn.vbsp.portal.user.domain.UserAccountService;

/** The organisations' screens: chapters, contracts, officers and figures. */
@PortalTest
class PartnerScreensTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountService accounts;

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleReadsTheOrganisations(Role role) {
        RequestPostProcessor user = role == Role.ASSOCIATION ? TestUsers.officer(2, null) : TestUsers.as(role);
        var list = mvc.get().uri("/associations").with(user);
        assertThat(list).hasStatusOk().bodyText().contains("Hội Liên hiệp Phụ nữ");
        if (role == Role.ASSOCIATION) {
            assertThat(list).bodyText().doesNotContain("id=\"HND\"", "id=\"CCB\"", "id=\"DTN\"");
            assertThat(mvc.get().uri("/associations/HND").with(user)).hasStatus(HttpStatus.NOT_FOUND);
        } else {
            assertThat(list).bodyText().contains("id=\"HND\"", "id=\"HPN\"", "id=\"CCB\"", "id=\"DTN\"");
            assertThat(mvc.get().uri("/associations/HND").with(user)).hasStatusOk();
        }
        assertThat(mvc.get().uri("/associations/HPN").with(user)).hasStatusOk();
        assertThat(mvc.get().uri("/associations/XYZ").with(user)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCommuneChapterIsCreatedOnceAndItsChairAndPhoneEdited() {
        var f = new GroupFixtures(jdbc);
        var place = f.commune();
        var created = post("/associations/CCB/chapters", Map.of("level", "COMMUNE", "communeId", place.communeId(),
                "chairName", "Trịnh Văn Chủ", "phone", "0238 123 456"));
        assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/associations#CCB");
        long id = jdbc.sql("select id from association_chapter where association_id = :a and commune_id = :c")
                .param("a", f.association("CCB")).param("c", place.communeId()).query(Long.class).single();
        assertThat(f.audited("CHAPTER_CREATED", "association_chapter", id)).isEqualTo(1);

        assertThat(post("/associations/CCB/chapters", Map.of("level", "COMMUNE", "communeId", place.communeId())))
                .hasStatusOk().bodyText().contains("Hội này đã có chi hội ở xã đã chọn.");
        assertThat(post("/associations/CCB/chapters", Map.of("level", "COMMUNE", "communeId", "")))
                .hasStatusOk().bodyText().contains("Hãy chọn xã của chi hội.");
        assertThat(post("/associations/CCB/chapters/" + id, Map.of("chairName", "Trịnh Văn Mới", "phone", "gọi tôi")))
                .hasStatusOk().bodyText().contains("Số điện thoại chỉ gồm chữ số");

        assertThat(post("/associations/CCB/chapters/" + id, Map.of("chairName", "Trịnh Văn Mới", "phone", "0912 000 111")))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("select chair_name from association_chapter where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Trịnh Văn Mới");
        assertThat(f.audited("CHAPTER_UPDATED", "association_chapter", id)).isEqualTo(1);
        assertThat(mvc.get().uri("/associations").with(TestUsers.as(Role.STAFF))).bodyText()
                .contains("Trịnh Văn Mới", "0912 000 111");
        // a chapter of one organisation is not reachable under another's code
        assertThat(mvc.get().uri("/associations/HND/chapters/{id}/edit", id).with(TestUsers.as(Role.STAFF)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theDistrictCommitteeExistsOnceAtMost() {
        post("/associations/DTN/chapters", Map.of("level", "DISTRICT", "chairName", "Bí thư huyện đoàn"));
        assertThat(post("/associations/DTN/chapters", Map.of("level", "DISTRICT")))
                .hasStatusOk().bodyText().contains("Hội này đã có cấp huyện.");
        assertThat(jdbc.sql("select count(*) from association_chapter where association_id = 4 and level = 'DISTRICT'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void contractsHaveUniqueNumbersAndEndAfterTheyAreSigned() throws Exception {
        var f = new GroupFixtures(jdbc);
        var place = f.commune();
        long chapter = f.chapter("HND", place.communeId());
        String number = "HĐUT-" + GroupFixtures.unique();
        String uri = "/associations/HND/chapters/" + chapter + "/contracts";

        var backwards = post(uri, Map.of("contractNo", number, "signedOn", "2025-01-10", "endsOn", "2024-12-31",
                "tasks", "Bình xét cho vay, đôn đốc thu lãi"));
        assertThat(backwards).hasStatusOk().bodyText().contains("Ngày hết hạn phải sau ngày ký.");
        assertThat(text(backwards)).contains("value=\"" + number + "\"", "Bình xét cho vay, đôn đốc thu lãi");
        assertThat(contracts(number)).isZero();

        assertThat(post(uri, Map.of("contractNo", number, "signedOn", "2025-01-10", "endsOn", "2029-12-31",
                "tasks", "Bình xét cho vay, đôn đốc thu lãi"))).hasStatus(HttpStatus.FOUND);
        long id = jdbc.sql("select id from entrustment_contract where contract_no = :n").param("n", number).query(Long.class).single();
        assertThat(f.audited("CONTRACT_CREATED", "entrustment_contract", id)).isEqualTo(1);

        assertThat(post(uri, Map.of("contractNo", number.toLowerCase(), "signedOn", "2025-01-10", "endsOn", "2029-12-31",
                "tasks", "Trùng số"))).hasStatusOk().bodyText().contains("Số hợp đồng này đã có");
        assertThat(post(uri, Map.of("contractNo", "", "signedOn", "", "endsOn", "", "tasks", "")))
                .hasStatusOk().bodyText().contains("Không được để trống.");

        assertThat(post("/associations/HND/contracts/" + id, Map.of("contractNo", number, "signedOn", "2025-01-10",
                "endsOn", "2030-12-31", "tasks", "Thêm: kiểm tra sử dụng vốn vay"))).hasStatus(HttpStatus.FOUND);
        assertThat(f.audited("CONTRACT_UPDATED", "entrustment_contract", id)).isEqualTo(1);
        assertThat(mvc.get().uri("/associations").with(TestUsers.as(Role.BOARD))).bodyText()
                .contains(number, "10/01/2025 – 31/12/2030", "Thêm: kiểm tra sử dụng vốn vay");
    }

    @Test
    void theOrganisationPageShowsItsFiguresAndItsShareByCommuneFromTheLedger() throws Exception {
        var f = new GroupFixtures(jdbc);
        var place = f.commune();
        long hndGroup = f.group("HND", place.communeId(), place.villageId());
        long hpnGroup = f.group("HPN", place.communeId(), place.villageId());
        long a = f.household(place.villageId(), "Mai Văn Một");
        long b = f.household(place.villageId(), "Mai Văn Hai");
        f.member(hndGroup, a);
        f.member(hndGroup, b);
        f.member(hpnGroup, a);
        f.loan(hndGroup, a, 2_000_000, 300_000);
        f.loan(hndGroup, b, 1_000_000, 0);
        f.loan(hpnGroup, a, 1_000_000, 0);
        String communeCode = jdbc.sql("select code from commune where id = :id").param("id", place.communeId())
                .query(String.class).single();

        String page = text(mvc.get().uri("/associations/HND").with(TestUsers.as(Role.DIRECTOR)).exchange());
        String row = page.substring(page.indexOf("data-commune=\"" + communeCode + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains(place.communeName(), ">1<", ">2<", "3.000.000 ₫", "300.000 ₫", "10,00 %", "75,00 %");

        // a commune-level officer of HND: the share is of that commune's entrusted outstanding
        String scoped = text(mvc.get().uri("/associations/HND").with(TestUsers.officer(f.association("HND"), place.communeId())).exchange());
        assertThat(scoped).contains("id=\"fig-outstanding\">3.000.000 ₫", "id=\"fig-share\">75,00 %", "id=\"fig-groups\">1<",
                "id=\"fig-households\">2<");
    }

    @Test
    void officersAreListedWithALinkForTheAdministrator() throws Exception {
        String username = "hnd.thu" + GroupFixtures.unique().toLowerCase().replace("-", "");
        long id = accounts.create(username, "mat-khau-du-dai", new UserCommand("Lương Văn Cán Bộ", Role.ASSOCIATION, 1, null)).getId();
        assertThat(text(mvc.get().uri("/associations/HND").with(TestUsers.as(Role.ADMIN)).exchange()))
                .contains(username, "Lương Văn Cán Bộ", "href=\"/admin/users/" + id + "\"", "Cấp huyện (mọi xã)");
        assertThat(text(mvc.get().uri("/associations").with(TestUsers.as(Role.STAFF)).exchange()))
                .contains(username).doesNotContain("href=\"/admin/users/" + id + "\"");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"DIRECTOR", "BOARD", "ASSOCIATION"})
    void onlyAdminAndStaffChangeChaptersAndContracts(Role role) {
        var f = new GroupFixtures(jdbc);
        var place = f.commune();
        long chapter = f.chapter("HND", place.communeId());
        RequestPostProcessor user = role == Role.ASSOCIATION ? TestUsers.officer(1, null) : TestUsers.as(role);
        assertThat(mvc.get().uri("/associations/HND/chapters/new").with(user)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/associations/HND/chapters").with(user).with(csrf())
                .param("level", "COMMUNE").param("communeId", String.valueOf(f.commune().communeId())))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/associations/HND/chapters/{id}", chapter).with(user).with(csrf()).param("chairName", "X"))
                .hasStatus(HttpStatus.FORBIDDEN);
        String number = "CAM-" + GroupFixtures.unique();
        assertThat(mvc.post().uri("/associations/HND/chapters/{id}/contracts", chapter).with(user).with(csrf())
                .param("contractNo", number).param("signedOn", "2025-01-01").param("endsOn", "2026-01-01").param("tasks", "X"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(contracts(number)).isZero();
        assertThat(mvc.get().uri("/associations").with(user)).bodyText().doesNotContain("Thêm hợp đồng");
    }

    private long contracts(String number) {
        return jdbc.sql("select count(*) from entrustment_contract where lower(contract_no) = lower(:n)").param("n", number)
                .query(Long.class).single();
    }

    private static String text(MvcTestResult page) throws Exception {
        return HtmlEscape.unescapeHtml(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private MvcTestResult post(String uri, Map<String, ?> params) {
        var request = mvc.post().uri(uri).with(TestUsers.as(Role.STAFF)).with(csrf());
        params.forEach((k, v) -> request.param(k, String.valueOf(v)));
        return request.exchange();
    }
}
