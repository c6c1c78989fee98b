package vn.vbsp.portal.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.unbescape.html.HtmlEscape;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** The group screens and their rules, as a credit officer (STAFF) uses them. */
@PortalTest
class GroupScreensTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    private GroupFixtures f() {
        return new GroupFixtures(jdbc);
    }

    // --- founding a group

    @Test
    void aGroupIsFoundedInAVillageOfItsChaptersCommuneAndAudited() {
        var f = f();
        var place = f.commune();
        long chapter = f.chapter("HND", place.communeId());
        String code = "gt-new-" + GroupFixtures.unique();
        var result = post("/groups", Map.of("code", code, "name", "Tổ Nông dân thôn Đông", "chapterId", chapter,
                "villageId", place.villageId(), "foundedOn", "2024-03-15"));
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/groups/");

        var row = jdbc.sql("select id, association_id, village_id, chapter_id from savings_group where code = :code")
                .param("code", code.toUpperCase()).query().singleRow();
        assertThat(row).containsEntry("association_id", f.association("HND")).containsEntry("village_id", place.villageId())
                .containsEntry("chapter_id", chapter);
        assertThat(f.audited("GROUP_CREATED", "savings_group", row.get("id"))).isEqualTo(1);
        assertThat(mvc.get().uri("/groups/{id}", row.get("id")).with(TestUsers.as(Role.STAFF)))
                .hasStatusOk().bodyText().contains("Tổ Nông dân thôn Đông", code.toUpperCase(), place.communeName());
    }

    @Test
    void aGroupWithoutAVillageIsRefusedWithItsMessageAndWhatWasTyped() throws Exception {
        var f = f();
        var place = f.commune();
        String code = "GT-NOVILLAGE-" + GroupFixtures.unique();
        MvcTestResult result = post("/groups", Map.of("code", code, "name", "Tổ không thôn", "chapterId", f.chapter("HPN", place.communeId()),
                "villageId", "", "foundedOn", "2024-03-15"));
        assertThat(result).hasStatusOk();
        assertThat(text(result)).contains("Tổ phải thuộc một thôn (ấp, tổ dân phố): hãy chọn thôn của tổ.")
                .contains("value=\"" + code + "\"", "value=\"Tổ không thôn\"");
        assertThat(groupsWithCode(code)).isZero();
    }

    @Test
    void aVillageOfAnotherCommuneAndATakenCodeAreRefused() {
        var f = f();
        var place = f.commune();
        var elsewhere = f.commune();
        long chapter = f.chapter("CCB", place.communeId());
        String code = "GT-OTHER-" + GroupFixtures.unique();
        assertThat(post("/groups", Map.of("code", code, "name", "Tổ lạc xã", "chapterId", chapter,
                "villageId", elsewhere.otherVillageId(), "foundedOn", "2024-03-15")))
                .hasStatusOk().bodyText().contains("Thôn đã chọn không thuộc " + place.communeName());
        assertThat(groupsWithCode(code)).isZero();

        long existing = f.group("CCB", place.communeId(), place.villageId());
        assertThat(post("/groups", Map.of("code", f.groupCode(existing).toLowerCase(), "name", "Tổ trùng mã",
                "chapterId", chapter, "villageId", place.villageId(), "foundedOn", "2024-03-15")))
                .hasStatusOk().bodyText().contains("Mã tổ này đã có");
    }

    @Test
    void aMistypedDateIsAMessageNotAnError() {
        var f = f();
        var place = f.commune();
        String code = "GT-BADDATE-" + GroupFixtures.unique();
        assertThat(post("/groups", Map.of("code", code, "name", "Tổ ngày sai", "chapterId", f.chapter("DTN", place.communeId()),
                "villageId", place.villageId(), "foundedOn", "31/02/2024")))
                .hasStatusOk().bodyText().contains("Ngày không hợp lệ", code);
        assertThat(groupsWithCode(code)).isZero();
    }

    @Test
    void mistypedValuesInAnyFormAreMessagesNotErrors() {
        var f = f();
        var place = f.commune();
        long group = f.group("HND", place.communeId(), place.villageId());
        long member = f.member(group, f.household(place.villageId(), "Đinh Văn Gõ Nhầm"));
        assertThat(post("/groups/" + group + "/members", Map.of("householdId", "abc", "joinedOn", "2025-01-05", "q", "go nham")))
                .hasStatusOk().bodyText().contains("Giá trị không hợp lệ.");
        assertThat(post("/groups/" + group + "/members/" + member + "/leave", Map.of("leftOn", "hôm qua")))
                .hasStatusOk().bodyText().contains("Ngày không hợp lệ");
        assertThat(post("/groups/" + group + "/leaders", Map.of("leaderHouseholdId", "x")))
                .hasStatusOk().bodyText().contains("Giá trị không hợp lệ.");
        assertThat(post("/groups/" + group + "/ratings", Map.of("year", "năm ngoái", "rating", "TOT")))
                .hasStatusOk().bodyText().contains("Giá trị không hợp lệ.");
        assertThat(post("/groups/" + group + "/ratings", Map.of("year", "2024", "rating", "XUAT_SAC")))
                .hasStatusOk().bodyText().contains("Giá trị không hợp lệ.");
        assertThat(f.activeMembers(group)).isEqualTo(1);
    }

    // --- members

    @Test
    void aMemberIsFoundByCccdOrNameWithoutDiacriticsAndAddedWithAWarningForASmallGroup() {
        var f = f();
        var place = f.commune();
        long group = f.group("HND", place.communeId(), place.villageId());
        String name = "Phạm Thị Đào " + GroupFixtures.unique();
        long household = f.household(place.villageId(), name);
        String cccd = f.cccd(household);

        assertThat(mvc.get().uri("/groups/{id}/members/new", group).param("q", cccd).with(TestUsers.as(Role.STAFF)))
                .hasStatusOk().bodyText().contains(name);
        assertThat(mvc.get().uri("/groups/{id}/members/new", group).param("q", "pham thi dao").with(TestUsers.as(Role.STAFF)))
                .hasStatusOk().bodyText().contains(name);

        var added = post("/groups/" + group + "/members", Map.of("householdId", household, "joinedOn", "2025-01-05"));
        assertThat(added).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/groups/" + group);
        assertThat(added).flash().containsKey("notices");
        assertThat(f.activeMembers(group)).isEqualTo(1);

        var page = mvc.get().uri("/groups/{id}", group).with(TestUsers.as(Role.STAFF))
                .flashAttrs(added.getMvcResult().getFlashMap());
        assertThat(page).hasStatusOk().bodyText()
                .contains("Lưu ý: tổ hiện có 1 tổ viên, ít hơn 5 hộ theo quy định.", name, cccd);
    }

    @Test
    void aMemberAddedTwiceIsRefusedAndNothingIsSaved() {
        var f = f();
        var place = f.commune();
        long group = f.group("HPN", place.communeId(), place.villageId());
        long household = f.household(place.villageId(), "Võ Thị Hai Lần");
        f.member(group, household);

        var again = post("/groups/" + group + "/members", Map.of("householdId", household, "joinedOn", "2025-01-05", "q", "hai lan"));
        assertThat(again).hasStatusOk().bodyText()
                .contains("Hộ Võ Thị Hai Lần đã là tổ viên của tổ này; không thêm lần nữa.");
        assertThat(f.activeMembers(group)).isEqualTo(1);
    }

    @Test
    void aHouseholdActiveInAnotherGroupOfTheSameOrganisationIsRefusedButMayJoinAnotherOrganisation() {
        var f = f();
        var place = f.commune();
        long hnd1 = f.group("HND", place.communeId(), place.villageId());
        long hnd2 = f.group("HND", place.communeId(), place.otherVillageId());
        long hpn = f.group("HPN", place.communeId(), place.villageId());
        long household = f.household(place.villageId(), "Đặng Văn Bốn");
        f.member(hnd1, household);

        assertThat(post("/groups/" + hnd2 + "/members", Map.of("householdId", household, "joinedOn", "2025-01-05")))
                .hasStatusOk().bodyText().contains("Hộ này đang là tổ viên tổ " + f.groupCode(hnd1) + " của cùng hội");
        assertThat(f.activeMembers(hnd2)).isZero();

        assertThat(post("/groups/" + hpn + "/members", Map.of("householdId", household, "joinedOn", "2025-01-05")))
                .hasStatus(HttpStatus.FOUND);
        assertThat(f.activeMembers(hpn)).isEqualTo(1);
    }

    @Test
    void aHouseholdOfAnotherCommuneIsRefusedAndOneOfAnotherVillageIsWarnedAbout() {
        var f = f();
        var place = f.commune();
        var elsewhere = f.commune();
        long group = f.group("CCB", place.communeId(), place.villageId());
        long stranger = f.household(elsewhere.villageId(), "Bùi Văn Xa");
        long neighbour = f.household(place.otherVillageId(), "Bùi Văn Gần");

        assertThat(post("/groups/" + group + "/members", Map.of("householdId", stranger, "joinedOn", "2025-01-05")))
                .hasStatusOk().bodyText().contains("Hộ này cư trú ở " + elsewhere.communeName() + ", khác xã của tổ");
        assertThat(f.activeMembers(group)).isZero();

        var added = post("/groups/" + group + "/members", Map.of("householdId", neighbour, "joinedOn", "2025-01-05"));
        assertThat(added).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.get().uri("/groups/{id}", group).with(TestUsers.as(Role.STAFF)).flashAttrs(added.getMvcResult().getFlashMap()))
                .bodyText().contains("khác thôn của tổ (cùng xã)");
    }

    @Test
    void aGroupGrowingPastSixtyMembersIsWarnedAboutNotRefused() {
        var f = f();
        var place = f.commune();
        long group = f.group("DTN", place.communeId(), place.villageId());
        f.members(group, place.villageId(), 60);
        long household = f.household(place.villageId(), "Hộ Thứ Sáu Mốt");

        var added = post("/groups/" + group + "/members", Map.of("householdId", household, "joinedOn", "2025-01-05"));
        assertThat(added).hasStatus(HttpStatus.FOUND);
        assertThat(f.activeMembers(group)).isEqualTo(61);
        assertThat(mvc.get().uri("/groups/{id}", group).with(TestUsers.as(Role.STAFF)).flashAttrs(added.getMvcResult().getFlashMap()))
                .hasStatusOk().bodyText().contains("Lưu ý: tổ hiện có 61 tổ viên, nhiều hơn 60 hộ theo quy định");
    }

    // --- leader and deputy

    @Test
    void theLeaderMustBeAMemberAndNotTheDeputy() {
        var f = f();
        var place = f.commune();
        long group = f.group("HND", place.communeId(), place.villageId());
        long member = f.household(place.villageId(), "Ngô Văn Trưởng");
        long other = f.household(place.villageId(), "Ngô Thị Phó");
        long outsider = f.household(place.villageId(), "Ngô Văn Ngoài");
        f.member(group, member);
        f.member(group, other);

        assertThat(post("/groups/" + group + "/leaders", Map.of("leaderHouseholdId", outsider, "deputyHouseholdId", other)))
                .hasStatusOk().bodyText().contains("Tổ trưởng phải là tổ viên đang sinh hoạt của tổ.");
        assertThat(post("/groups/" + group + "/leaders", Map.of("leaderHouseholdId", member, "deputyHouseholdId", member)))
                .hasStatusOk().bodyText().contains("Tổ phó phải là hộ khác với tổ trưởng.");
        assertThat(leaderOf(group)).isNull();

        assertThat(post("/groups/" + group + "/leaders", Map.of("leaderHouseholdId", member, "deputyHouseholdId", other)))
                .hasStatus(HttpStatus.FOUND);
        assertThat(leaderOf(group)).isEqualTo(member);
        assertThat(f.audited("GROUP_LEADERS_SET", "savings_group", group)).isEqualTo(1);
    }

    @Test
    void theLeaderCannotLeaveUntilReplacedAndADeputyWhoLeavesIsCleared() {
        var f = f();
        var place = f.commune();
        long group = f.group("HPN", place.communeId(), place.villageId());
        long leader = f.household(place.villageId(), "Lý Thị Trưởng");
        long deputy = f.household(place.villageId(), "Lý Thị Phó");
        long leaderMember = f.member(group, leader);
        long deputyMember = f.member(group, deputy);
        jdbc.sql("update savings_group set leader_household_id = :l, deputy_household_id = :d where id = :g")
                .param("l", leader).param("d", deputy).param("g", group).update();

        assertThat(post("/groups/" + group + "/members/" + leaderMember + "/leave", Map.of("leftOn", "2025-06-30")))
                .hasStatusOk().bodyText().contains("Hộ này đang là tổ trưởng: hãy chọn tổ trưởng mới trước khi cho hộ rời tổ.");
        assertThat(f.activeMembers(group)).isEqualTo(2);

        var left = post("/groups/" + group + "/members/" + deputyMember + "/leave", Map.of("leftOn", "2025-06-30"));
        assertThat(left).hasStatus(HttpStatus.FOUND);
        assertThat(jdbc.sql("select left_on from group_member where id = :id").param("id", deputyMember)
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(jdbc.sql("select deputy_household_id from savings_group where id = :id").param("id", group)
                .query(Long.class).optional()).isEmpty();
        assertThat(mvc.get().uri("/groups/{id}", group).with(TestUsers.as(Role.STAFF)).flashAttrs(left.getMvcResult().getFlashMap()))
                .bodyText().contains("tổ hiện chưa có tổ phó");
    }

    @Test
    void aLeavingDateBeforeJoiningIsShownNextToThatMember() {
        var f = f();
        var place = f.commune();
        long group = f.group("CCB", place.communeId(), place.villageId());
        long member = f.member(group, f.household(place.villageId(), "Đỗ Văn Sớm"));
        assertThat(post("/groups/" + group + "/members/" + member + "/leave", Map.of("leftOn", "2020-01-01")))
                .hasStatusOk().bodyText().contains("Ngày rời tổ không được trước ngày vào tổ.");
        assertThat(f.activeMembers(group)).isEqualTo(1);
    }

    // --- ratings

    @Test
    void aYearIsRatedOnceAndRatingItAgainReplacesItWithAnAuditTrail() {
        var f = f();
        var place = f.commune();
        long group = f.group("DTN", place.communeId(), place.villageId());
        assertThat(post("/groups/" + group + "/ratings", Map.of("year", "2024", "rating", "TOT", "ratedOn", "2024-12-20")))
                .hasStatus(HttpStatus.FOUND);
        var replaced = post("/groups/" + group + "/ratings", Map.of("year", "2024", "rating", "KHA", "ratedOn", "2025-01-10",
                "note", "Chấm lại sau kiểm tra"));
        assertThat(replaced).hasStatus(HttpStatus.FOUND).flash().containsEntry("flash", "group.flash.rating-replaced");
        post("/groups/" + group + "/ratings", Map.of("year", "2025", "rating", "YEU", "ratedOn", "2025-12-20"));

        var rows = jdbc.sql("select year, rating from group_rating where group_id = :g order by year")
                .param("g", group).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("rating", "KHA");
        long ratingId = jdbc.sql("select id from group_rating where group_id = :g and year = 2024").param("g", group)
                .query(Long.class).single();
        assertThat(f.audited("GROUP_RATING_REPLACED", "group_rating", ratingId)).isEqualTo(1);
        assertThat(mvc.get().uri("/groups/{id}", group).with(TestUsers.as(Role.STAFF)))
                .bodyText().contains("Khá", "Yếu", "Chấm lại sau kiểm tra");
    }

    @Test
    void aRatingWithoutItsLevelOrForAYearToComeIsRefused() {
        var f = f();
        var place = f.commune();
        long group = f.group("HND", place.communeId(), place.villageId());
        int nextYear = LocalDate.now().getYear() + 1;
        assertThat(post("/groups/" + group + "/ratings", Map.of("year", String.valueOf(nextYear), "rating", "TOT")))
                .hasStatusOk().bodyText().contains("Không xếp loại cho năm chưa đến.");
        assertThat(post("/groups/" + group + "/ratings", Map.of("year", "2024", "rating", "")))
                .hasStatusOk().bodyText().contains("Hãy chọn mức xếp loại.");
        assertThat(jdbc.sql("select count(*) from group_rating where group_id = :g").param("g", group).query(Long.class).single())
                .isZero();
    }

    // --- the group page and the list

    @Test
    void theGroupPageShowsEachMembersLoansAndSavingsAndTheTotals() {
        var f = f();
        var place = f.commune();
        long group = f.group("HND", place.communeId(), place.villageId());
        long a = f.household(place.villageId(), "Hoàng Văn Vay");
        long b = f.household(place.villageId(), "Hoàng Thị Gửi");
        f.member(group, a);
        f.member(group, b);
        f.loan(group, a, 30_000_000, 2_000_000);
        f.loan(group, a, 10_000_000, 0);
        f.loan(group, b, 20_000_000, 0);
        f.savings(group, a, 150_000);
        f.savings(group, b, 250_000);

        var page = mvc.get().uri("/groups/{id}", group).with(TestUsers.as(Role.DIRECTOR));
        assertThat(page).hasStatusOk().bodyText()
                .contains("40.000.000 ₫", "2.000.000 ₫", "150.000 ₫", "20.000.000 ₫", "250.000 ₫")
                .contains("60.000.000 ₫", "400.000 ₫");
    }

    @Test
    void theListIsPagedAndFilteredByOrganisationCommuneRatingAndName() throws Exception {
        var f = f();
        var place = f.commune();
        int hnd = f.association("HND");
        long g1 = f.group("HND", place.communeId(), place.villageId());
        long g2 = f.group("HPN", place.communeId(), place.villageId());
        jdbc.sql("update savings_group set name = 'Tổ Đoàn Kết thôn Đông' where id = :id").param("id", g1).update();
        jdbc.sql("insert into group_rating (group_id, year, rating, rated_on) values (:g, 2024, 'TOT', date '2024-12-01')")
                .param("g", g1).update();

        assertThat(mvc.get().uri("/groups").param("communeId", String.valueOf(place.communeId())).with(TestUsers.as(Role.BOARD)))
                .hasStatusOk().bodyText().contains(f.groupCode(g1), f.groupCode(g2));
        assertThat(mvc.get().uri("/groups").param("communeId", String.valueOf(place.communeId()))
                .param("associationId", String.valueOf(hnd)).with(TestUsers.as(Role.BOARD)))
                .bodyText().contains(f.groupCode(g1)).doesNotContain(f.groupCode(g2));
        assertThat(mvc.get().uri("/groups").param("communeId", String.valueOf(place.communeId())).param("rating", "TOT")
                .with(TestUsers.as(Role.BOARD)))
                .bodyText().contains(f.groupCode(g1)).doesNotContain(f.groupCode(g2));
        assertThat(mvc.get().uri("/groups").param("communeId", String.valueOf(place.communeId())).param("q", "doan ket")
                .with(TestUsers.as(Role.BOARD)))
                .bodyText().contains(f.groupCode(g1)).doesNotContain(f.groupCode(g2));

        for (int i = 0; i < 26; i++) {
            f.group("CCB", place.communeId(), place.otherVillageId());
        }
        var first = mvc.get().uri("/groups").param("communeId", String.valueOf(place.communeId())).with(TestUsers.as(Role.STAFF))
                .exchange();
        assertThat(first).hasStatusOk().bodyText().contains("28 tổ", "Trang 1 / 2");
        assertThat(rows(first)).isEqualTo(25);
        var second = mvc.get().uri("/groups").param("communeId", String.valueOf(place.communeId())).param("page", "2")
                .with(TestUsers.as(Role.STAFF)).exchange();
        assertThat(rows(second)).isEqualTo(3);
        assertThat(mvc.get().uri("/groups").param("associationId", "abc").param("page", "x").with(TestUsers.as(Role.STAFF)))
                .hasStatusOk();
    }

    /** The page as a reader sees it: Thymeleaf writes letters such as ô in form values as entities. */
    private static String text(MvcTestResult page) throws java.io.IOException {
        return HtmlEscape.unescapeHtml(page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static int rows(MvcTestResult page) throws java.io.IOException {
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return html.split("data-code=").length - 1;
    }

    private MvcTestResult post(String uri, Map<String, ?> params) {
        var request = mvc.post().uri(uri).with(TestUsers.as(Role.STAFF)).with(csrf());
        params.forEach((k, v) -> request.param(k, String.valueOf(v)));
        return request.exchange();
    }

    private long groupsWithCode(String code) {
        return jdbc.sql("select count(*) from savings_group where lower(code) = lower(:c)").param("c", code).query(Long.class).single();
    }

    private Long leaderOf(long group) {
        return jdbc.sql("select leader_household_id from savings_group where id = :g").param("g", group)
                .query(Long.class).optional().orElse(null);
    }
}
