package vn.vbsp.portal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;
import vn.vbsp.portal.network.domain.CommuneService;
import vn.vbsp.portal.network.domain.TransactionPointService;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** Everyone signed in reads communes and points; only ADMIN and STAFF change them. */
@PortalTest
class NetworkAccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommuneService communes;

    @Autowired
    TransactionPointService points;

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleReadsTheCommunes(Role role) {
        long id = communes.create("R" + CommuneScreensTests.unique(), "Xã Đọc");
        points.save(id, null, "Nhà văn hóa", 5, true);
        assertThat(shown(mvc.get().uri("/communes").with(user(role)))).contains("Xã Đọc");
        assertThat(shown(mvc.get().uri("/communes/{id}", id).with(user(role)))).contains("Nhà văn hóa");
    }

    @ParameterizedTest(name = "{0} may change communes: {1}")
    @CsvSource({"ADMIN, true", "STAFF, true", "DIRECTOR, false", "BOARD, false", "ASSOCIATION, false"})
    void onlyAdminAndStaffChangeCommunesVillagesAndPoints(Role role, boolean allowed) {
        String suffix = CommuneScreensTests.unique();
        long id = communes.create("S" + suffix, "Xã Quyền " + suffix);
        HttpStatus expected = allowed ? HttpStatus.FOUND : HttpStatus.FORBIDDEN;

        assertThat(mvc.post().uri("/communes").with(user(role)).with(csrf()).param("code", "N" + suffix).param("name", "Xã Mới"))
                .hasStatus(expected);
        assertThat(mvc.post().uri("/communes/{id}", id).with(user(role)).with(csrf())
                .param("code", "S" + suffix).param("name", "Xã Đổi Tên").param("active", "true").param("version", "0"))
                .hasStatus(expected);
        assertThat(mvc.post().uri("/communes/{id}/villages", id).with(user(role)).with(csrf()).param("name", "Thôn 1"))
                .hasStatus(expected);
        assertThat(mvc.post().uri("/communes/{id}/point", id).with(user(role)).with(csrf())
                .param("place", "Nhà văn hóa").param("dayOfMonth", "10").param("active", "true"))
                .hasStatus(expected);
        if (!allowed) {
            assertThat(mvc.get().uri("/communes/new").with(user(role))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri("/communes/{id}/edit", id).with(user(role))).hasStatus(HttpStatus.FORBIDDEN);
        }

        long changes = jdbc.sql("""
                select (select count(*) from commune where code = :code)
                     + (select count(*) from commune where id = :id and name = 'Xã Đổi Tên')
                     + (select count(*) from village where commune_id = :id)
                     + (select count(*) from transaction_point where commune_id = :id)
                """).param("code", "N" + suffix).param("id", id).query(Long.class).single();
        assertThat(changes).isEqualTo(allowed ? 4 : 0);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"DIRECTOR", "BOARD", "ASSOCIATION"})
    void readOnlyRolesCannotTouchTheTeam(Role role) {
        long id = communes.create("T" + CommuneScreensTests.unique(), "Xã Tổ");
        points.save(id, null, "Nhà văn hóa", 5, true);
        long member = points.addMember(id, PointDuty.LEADER, "Nguyễn Văn Tổ", null);
        assertThat(mvc.post().uri("/communes/{id}/point/members", id).with(user(role)).with(csrf())
                .param("duty", "TELLER").param("fullName", "Kẻ Lạ")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/communes/{id}/point/members/{m}/delete", id, member).with(user(role)).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.sql("select count(*) from transaction_point_member where id = :m").param("m", member)
                .query(Long.class).single()).isOne();
    }

    private static RequestPostProcessor user(Role role) {
        return role == Role.ASSOCIATION ? TestUsers.officer(1, null) : TestUsers.as(role);
    }

    /** The page's HTML with entities decoded (Thymeleaf writes "ô" in attribute values as "&ocirc;"), after a 200. */
    private static String shown(MockMvcTester.MockMvcRequestBuilder request) {
        var result = request.exchange();
        assertThat(result).hasStatusOk();
        try {
            return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString());
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
