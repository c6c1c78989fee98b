package vn.vbsp.portal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.util.HtmlUtils;
import vn.vbsp.portal.network.domain.CommuneService;
import vn.vbsp.portal.network.domain.TransactionPointService;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

@PortalTest
class CommuneScreensTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CommuneService communes;

    @Autowired
    TransactionPointService points;

    @Test
    void staffCreateACommuneThatTheListShowsInVietnameseOrder() {
        String suffix = unique();
        long later = communes.create("B" + suffix, "Xã Đông " + suffix);
        long earlier = communes.create("A" + suffix, "Xã Dương " + suffix);

        var created = mvc.post().uri("/communes").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("code", "C" + suffix).param("name", "  Xã   Ân Thi " + suffix + " ");
        assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/communes/");
        long id = jdbc.sql("select id from commune where code = :code").param("code", "C" + suffix).query(Long.class).single();
        assertThat(jdbc.sql("select name from commune where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Xã Ân Thi " + suffix);
        assertThat(audited("COMMUNE_CREATED", id)).isEqualTo(1);

        String list = body("/communes");
        // Vietnamese order: Â before D, and D before Đ (so Dương before Đông, although Đ is a "D" to the eye)
        assertThat(list.indexOf("Xã Dương " + suffix)).isPositive().isLessThan(list.indexOf("Xã Đông " + suffix));
        assertThat(list.indexOf("Xã Ân Thi " + suffix)).isPositive().isLessThan(list.indexOf("Xã Dương " + suffix));
        assertThat(earlier).isNotEqualTo(later);
    }

    @Test
    void aTakenCodeOrAMissingNameIsShownAgainWithTheTypedValues() {
        String suffix = unique();
        communes.create("D" + suffix, "Xã Có Mã " + suffix);

        var taken = mvc.post().uri("/communes").with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("code", "d" + suffix).param("name", "Xã Trùng Mã " + suffix);
        assertThat(shown(taken))
                .contains("Mã xã này đã có xã khác dùng.", "value=\"d" + suffix + "\"", "Xã Trùng Mã " + suffix);
        var blank = mvc.post().uri("/communes").with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("code", "E" + suffix).param("name", " ");
        assertThat(shown(blank)).contains("Không được để trống.", "value=\"E" + suffix + "\"");
        assertThat(jdbc.sql("select count(*) from commune where code in (:codes)")
                .param("codes", java.util.List.of("d" + suffix, "E" + suffix)).query(Long.class).single()).isZero();
    }

    @Test
    void aCommuneIsRenamedAndDeactivatedWithItsVersionChecked() {
        String suffix = unique();
        long id = communes.create("F" + suffix, "Xã Cũ " + suffix);
        long otherId = communes.create("G" + suffix, "Xã Khác " + suffix);

        assertThat(mvc.get().uri("/communes/{id}/edit", id).with(TestUsers.as(Role.STAFF))).hasStatusOk()
                .bodyText().contains("Xã Cũ " + suffix);
        var toOtherCode = mvc.post().uri("/communes/{id}", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("code", "G" + suffix).param("name", "Xã Mới " + suffix).param("active", "true").param("version", "0");
        assertThat(shown(toOtherCode)).contains("Mã xã này đã có xã khác dùng.");

        var saved = mvc.post().uri("/communes/{id}", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("code", "F" + suffix).param("name", "Xã Mới " + suffix).param("_active", "on").param("version", "0");
        assertThat(saved).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/communes/" + id);
        var row = jdbc.sql("select name, active, version from commune where id = :id").param("id", id).query().singleRow();
        assertThat(row).containsEntry("name", "Xã Mới " + suffix).containsEntry("active", false).containsEntry("version", 1L);
        assertThat(audited("COMMUNE_UPDATED", id)).isEqualTo(1);

        var stale = mvc.post().uri("/communes/{id}", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("code", "F" + suffix).param("name", "Xã Ghi Đè " + suffix).param("active", "true").param("version", "0");
        assertThat(shown(stale)).contains("vừa được người khác sửa");
        assertThat(jdbc.sql("select name from commune where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Xã Mới " + suffix);
        assertThat(otherId).isNotEqualTo(id);
    }

    @Test
    void villagesAreAddedRenamedAndDeactivatedAndANameIsUniqueWithinItsCommune() {
        String suffix = unique();
        long id = communes.create("H" + suffix, "Xã Thôn " + suffix);
        long neighbour = communes.create("I" + suffix, "Xã Bên Cạnh " + suffix);
        communes.addVillage(neighbour, "Thôn Đông");

        assertThat(mvc.post().uri("/communes/{id}/villages", id).with(TestUsers.as(Role.STAFF)).with(csrf()).param("name", "Thôn Đông"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/communes/" + id);
        var duplicate = mvc.post().uri("/communes/{id}/villages", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("name", " thôn  đông ");
        assertThat(shown(duplicate))
                .contains("Xã này đã có thôn cùng tên", "value=\" thôn  đông \"", "Xã Thôn " + suffix);
        assertThat(villages(id)).isEqualTo(1);

        mvc.post().uri("/communes/{id}/villages", id).with(TestUsers.as(Role.STAFF)).with(csrf()).param("name", "Thôn Dong").exchange();
        assertThat(villages(id)).as("Dong and Đông are different names").isEqualTo(2);

        long villageId = jdbc.sql("select id from village where commune_id = :id and name = 'Thôn Dong'").param("id", id)
                .query(Long.class).single();
        assertThat(mvc.get().uri("/communes/{id}/villages/{v}/edit", id, villageId).with(TestUsers.as(Role.ADMIN))).hasStatusOk();
        var renameToTaken = mvc.post().uri("/communes/{id}/villages/{v}", id, villageId).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("name", "THÔN ĐÔNG").param("version", "0");
        assertThat(shown(renameToTaken)).contains("Xã này đã có thôn cùng tên");
        assertThat(mvc.post().uri("/communes/{id}/villages/{v}", id, villageId).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("name", "Thôn Tây").param("version", "0")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post().uri("/communes/{id}/villages/{v}/active", id, villageId).with(TestUsers.as(Role.ADMIN)).with(csrf())
                .param("active", "false")).hasStatus(HttpStatus.FOUND);

        var village = jdbc.sql("select name, active from village where id = :id").param("id", villageId).query().singleRow();
        assertThat(village).containsEntry("name", "Thôn Tây").containsEntry("active", false);
        assertThat(audited("VILLAGE_RENAMED", villageId)).isEqualTo(1);
        assertThat(audited("VILLAGE_DEACTIVATED", villageId)).isEqualTo(1);
        assertThat(mvc.get().uri("/communes").with(TestUsers.as(Role.STAFF))).bodyText().contains("Xã Thôn " + suffix);
        // a village of another commune cannot be reached through this one
        long foreign = jdbc.sql("select id from village where commune_id = :id").param("id", neighbour).query(Long.class).single();
        assertThat(mvc.get().uri("/communes/{id}/villages/{v}/edit", id, foreign).with(TestUsers.as(Role.ADMIN)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePointDayMustLieBetweenOneAndThirtyOne() {
        String suffix = unique();
        long id = communes.create("J" + suffix, "Xã Ngày " + suffix);
        assertThat(mvc.get().uri("/communes/{id}/point/edit", id).with(TestUsers.as(Role.STAFF))).hasStatusOk();
        for (String day : new String[] {"0", "32", ""}) {
            var wrong = mvc.post().uri("/communes/{id}/point", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                    .param("place", "Nhà văn hóa " + suffix).param("dayOfMonth", day).param("active", "true");
            assertThat(shown(wrong))
                    .contains("Ngày giao dịch phải là một số từ 1 đến 31.", "Nhà văn hóa " + suffix);
        }
        assertThat(mvc.post().uri("/communes/{id}/point", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("place", "Nhà văn hóa " + suffix).param("dayOfMonth", "mười")).hasStatusOk()
                .bodyText().contains("Giá trị không hợp lệ.");
        assertThat(jdbc.sql("select count(*) from transaction_point where commune_id = :id").param("id", id).query(Long.class).single())
                .isZero();

        assertThat(mvc.post().uri("/communes/{id}/point", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("place", "Nhà văn hóa " + suffix).param("dayOfMonth", "31").param("active", "true"))
                .hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/communes/" + id);
        var point = jdbc.sql("select id, day_of_month, active from transaction_point where commune_id = :id").param("id", id)
                .query().singleRow();
        assertThat(point).containsEntry("day_of_month", 31).containsEntry("active", true);
        assertThat(audited("POINT_CREATED", (Long) point.get("id"))).isEqualTo(1);

        var change = mvc.post().uri("/communes/{id}/point", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("place", "UBND xã " + suffix).param("dayOfMonth", "15").param("active", "true").param("version", "0");
        assertThat(change).hasStatus(HttpStatus.FOUND);
        assertThat(shown(mvc.get().uri("/communes/{id}", id).with(TestUsers.as(Role.DIRECTOR))))
                .contains("UBND xã " + suffix, "Ngày 15 hằng tháng");
    }

    @Test
    void theTeamWarningNamesWhatIsMissingUntilTheTeamIsComplete() {
        String suffix = unique();
        long id = communes.create("K" + suffix, "Xã Tổ " + suffix);
        points.save(id, null, "Nhà văn hóa thôn 1", 12, true);

        assertThat(page(id)).contains("team-warning", "Tổ giao dịch mới có 0 người; cần ít nhất 3 người.",
                "Tổ trưởng, Kiểm soát viên, Giao dịch viên.");

        assertThat(mvc.post().uri("/communes/{id}/point/members", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("duty", "LEADER").param("fullName", "Nguyễn Văn An").param("position", "Phó giám đốc"))
                .hasStatus(HttpStatus.FOUND);
        var noDuty = mvc.post().uri("/communes/{id}/point/members", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("duty", "").param("fullName", "Người Chưa Chọn").param("position", "");
        assertThat(shown(noDuty)).contains("Hãy chọn nhiệm vụ.", "value=\"Người Chưa Chọn\"");
        mvc.post().uri("/communes/{id}/point/members", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("duty", "TELLER").param("fullName", "Trần Thị Bình").param("position", "Thủ quỹ").exchange();

        String twoMembers = page(id);
        assertThat(twoMembers).contains("Tổ giao dịch mới có 2 người; cần ít nhất 3 người.", "Còn thiếu:", "Kiểm soát viên.")
                .contains("Nguyễn Văn An", "Phó giám đốc", "Trần Thị Bình");

        mvc.post().uri("/communes/{id}/point/members", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("duty", "MEMBER").param("fullName", "Lê Văn Cường").param("position", "Cán bộ tín dụng").exchange();
        assertThat(page(id)).contains("team-warning").doesNotContain("cần ít nhất 3 người").contains("Kiểm soát viên.");

        long cuong = jdbc.sql("select m.id from transaction_point_member m join transaction_point p on p.id = m.point_id "
                + "where p.commune_id = :id and m.full_name = 'Lê Văn Cường'").param("id", id).query(Long.class).single();
        assertThat(mvc.get().uri("/communes/{id}/point/members/{m}/edit", id, cuong).with(TestUsers.as(Role.STAFF))).hasStatusOk();
        assertThat(mvc.post().uri("/communes/{id}/point/members/{m}", id, cuong).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("duty", "CONTROLLER").param("fullName", "Lê Văn Cường").param("position", "Kế toán").param("version", "0"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(page(id)).doesNotContain("team-warning").contains("Kế toán");
        assertThat(audited("POINT_MEMBER_UPDATED", cuong)).isEqualTo(1);

        long an = jdbc.sql("select id from transaction_point_member where full_name = 'Nguyễn Văn An' and point_id = "
                + "(select id from transaction_point where commune_id = :id)").param("id", id).query(Long.class).single();
        assertThat(mvc.post().uri("/communes/{id}/point/members/{m}/delete", id, an).with(TestUsers.as(Role.ADMIN)).with(csrf()))
                .hasStatus(HttpStatus.FOUND);
        assertThat(page(id)).contains("team-warning", "Tổ trưởng.").doesNotContain("Nguyễn Văn An");
        assertThat(audited("POINT_MEMBER_REMOVED", an)).isEqualTo(1);
    }

    @Test
    void theCalendarLinksEachDayToItsCommunePage() {
        String suffix = unique();
        long id = communes.create("L" + suffix, "Xã Lịch " + suffix);
        points.save(id, null, "Hội trường " + suffix, 20, true);
        assertThat(shown(mvc.get().uri("/calendar").with(TestUsers.as(Role.STAFF))))
                .contains("href=\"/communes/" + id + "\"", "Xã Lịch " + suffix, "Hội trường " + suffix);
    }

    @Test
    void aMissingRecordIsNotFound() {
        assertThat(mvc.get().uri("/communes/{id}", Long.MAX_VALUE).with(TestUsers.as(Role.STAFF))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/communes/{id}/edit", Long.MAX_VALUE).with(TestUsers.as(Role.STAFF))).hasStatus(HttpStatus.NOT_FOUND);
        long id = communes.create("M" + unique(), "Xã Không Điểm");
        assertThat(mvc.post().uri("/communes/{id}/point/members", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("duty", "LEADER").param("fullName", "Ai Đó")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post().uri("/communes/{id}/villages/{v}/active", id, Long.MAX_VALUE).with(TestUsers.as(Role.STAFF))
                .with(csrf()).param("active", "false")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/communes/{id}", "abc").with(TestUsers.as(Role.STAFF)).exchange().getResponse().getStatus())
                .isBetween(400, 499);
    }

    private String page(long communeId) {
        return body("/communes/" + communeId);
    }

    private String body(String uri) {
        var result = mvc.get().uri(uri).with(TestUsers.as(Role.BOARD)).exchange();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        try {
            return result.getResponse().getContentAsString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long villages(long communeId) {
        return jdbc.sql("select count(*) from village where commune_id = :id").param("id", communeId).query(Long.class).single();
    }

    private long audited(String action, long entityId) {
        return jdbc.sql("select count(*) from audit_log where action = :action and entity_id = :id")
                .param("action", action).param("id", String.valueOf(entityId)).query(Long.class).single();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
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
