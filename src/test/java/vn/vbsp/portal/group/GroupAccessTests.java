package vn.vbsp.portal.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** Who may read and change groups, and an association officer's scope in lists and on pages. */
@PortalTest
class GroupAccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "STAFF"})
    void adminAndStaffChangeGroups(Role role) {
        var f = new GroupFixtures(jdbc);
        var place = f.commune();
        long group = f.group("HND", place.communeId(), place.villageId());
        long household = f.household(place.villageId(), "Cao Văn Được");
        assertThat(mvc.get().uri("/groups/new").with(TestUsers.as(role))).hasStatusOk();
        assertThat(mvc.get().uri("/groups/{id}/members/new", group).with(TestUsers.as(role))).hasStatusOk();
        assertThat(mvc.post().uri("/groups/{id}/members", group).with(TestUsers.as(role)).with(csrf())
                .param("householdId", String.valueOf(household)).param("joinedOn", "2025-02-01"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post().uri("/groups/{id}/leaders", group).with(TestUsers.as(role)).with(csrf())
                .param("leaderHouseholdId", String.valueOf(household)))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post().uri("/groups/{id}/ratings", group).with(TestUsers.as(role)).with(csrf())
                .param("year", "2024").param("rating", "KHA").param("ratedOn", "2024-12-15"))
                .hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("select leader_household_id from savings_group where id = :g").param("g", group)
                .query(Long.class).single()).isEqualTo(household);
        assertThat(jdbc.sql("select count(*) from audit_log where entity in ('savings_group', 'group_member', 'group_rating') and username = :u")
                .param("u", "test-" + role.name().toLowerCase()).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"DIRECTOR", "BOARD", "ASSOCIATION"})
    void otherRolesReadButEveryChangeIsForbidden(Role role) {
        var f = new GroupFixtures(jdbc);
        var place = f.commune();
        long group = f.group("HND", place.communeId(), place.villageId());
        long household = f.household(place.villageId(), "Cao Thị Không");
        long member = f.member(group, household);
        long chapter = f.chapter("HND", place.communeId());
        RequestPostProcessor user = role == Role.ASSOCIATION ? TestUsers.officer(f.association("HND"), null) : TestUsers.as(role);

        assertThat(mvc.get().uri("/groups").with(user)).hasStatusOk();
        assertThat(mvc.get().uri("/groups/{id}", group).with(user)).hasStatusOk().bodyText()
                .contains("Cao Thị Không").doesNotContain("Thêm tổ viên", "Rời tổ");
        assertThat(mvc.get().uri("/groups/new").with(user)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/groups/{id}/members/new", group).with(user)).hasStatus(HttpStatus.FORBIDDEN);

        String code = "GT-FORBIDDEN-" + GroupFixtures.unique();
        assertThat(mvc.post().uri("/groups").with(user).with(csrf()).param("code", code).param("name", "Tổ cấm")
                .param("chapterId", String.valueOf(chapter)).param("villageId", String.valueOf(place.villageId()))
                .param("foundedOn", "2024-01-01")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/groups/{id}/members", group).with(user).with(csrf())
                .param("householdId", String.valueOf(f.household(place.villageId(), "Cao Văn Cấm"))))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/groups/{id}/leaders", group).with(user).with(csrf())
                .param("leaderHouseholdId", String.valueOf(household))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/groups/{id}/ratings", group).with(user).with(csrf())
                .param("year", "2024").param("rating", "TOT")).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/groups/{id}/members/{m}/leave", group, member).with(user).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(jdbc.sql("select count(*) from savings_group where code = :c").param("c", code).query(Long.class).single()).isZero();
        assertThat(f.activeMembers(group)).isEqualTo(1);
        assertThat(jdbc.sql("select leader_household_id from savings_group where id = :g").param("g", group)
                .query(Long.class).optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from group_rating where group_id = :g").param("g", group).query(Long.class).single()).isZero();
    }

    @Test
    void aDistrictOfficerOfHndSeesOnlyHndGroups() throws Exception {
        var f = new GroupFixtures(jdbc);
        var place = f.commune();
        var other = f.commune();
        int hnd = f.association("HND");
        long hndHere = f.group("HND", place.communeId(), place.villageId());
        long hndThere = f.group("HND", other.communeId(), other.villageId());
        long hpnHere = f.group("HPN", place.communeId(), place.villageId());
        var officer = TestUsers.officer(hnd, null);

        assertThat(mvc.get().uri("/groups").param("q", "GT-").with(officer)).hasStatusOk().bodyText()
                .contains(f.groupCode(hndHere), f.groupCode(hndThere)).doesNotContain(f.groupCode(hpnHere));
        assertThat(mvc.get().uri("/groups").param("communeId", String.valueOf(place.communeId())).with(officer))
                .bodyText().contains(f.groupCode(hndHere)).doesNotContain(f.groupCode(hpnHere));
        // asking for another organisation's groups outright gives nothing, not them
        assertThat(mvc.get().uri("/groups").param("associationId", String.valueOf(f.association("HPN")))
                .param("communeId", String.valueOf(place.communeId())).with(officer))
                .bodyText().doesNotContain(f.groupCode(hpnHere)).contains("Không có tổ nào phù hợp.");
        // every group a district officer of HND can list is an HND group
        var codes = jdbc.sql("select code from savings_group where association_id <> :hnd").param("hnd", hnd)
                .query(String.class).list();
        String list = mvc.get().uri("/groups").with(officer).exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(codes).noneMatch(c -> list.contains("data-code=\"" + c + "\""));

        assertThat(mvc.get().uri("/groups/{id}", hndThere).with(officer)).hasStatusOk();
        assertThat(mvc.get().uri("/groups/{id}", hpnHere).with(officer)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/groups/{id}", 987_654_321L).with(officer)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCommuneOfficerSeesOnlyTheirCommunesGroupsOfTheirOrganisation() throws Exception {
        var f = new GroupFixtures(jdbc);
        var place = f.commune();
        var other = f.commune();
        int hnd = f.association("HND");
        long hndHere = f.group("HND", place.communeId(), place.villageId());
        long hndThere = f.group("HND", other.communeId(), other.villageId());
        long hpnHere = f.group("HPN", place.communeId(), place.otherVillageId());
        var officer = TestUsers.officer(hnd, place.communeId());

        var list = mvc.get().uri("/groups").with(officer).exchange();
        assertThat(list).hasStatusOk().bodyText().contains(f.groupCode(hndHere))
                .doesNotContain(f.groupCode(hndThere), f.groupCode(hpnHere));
        assertThat(mvc.get().uri("/groups").param("communeId", String.valueOf(other.communeId())).with(officer))
                .bodyText().doesNotContain(f.groupCode(hndThere));
        assertThat(mvc.get().uri("/groups/{id}", hndHere).with(officer)).hasStatusOk();
        assertThat(mvc.get().uri("/groups/{id}", hndThere).with(officer)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/groups/{id}", hpnHere).with(officer)).hasStatus(HttpStatus.NOT_FOUND);
    }
}
