package vn.vbsp.portal.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.system.SubmitTokens;
import vn.vbsp.portal.user.Role;

/**
 * An association officer proposes a group's yearly rating; the DIRECTOR confirms it (the group is rated) or rejects it
 * with a reason. Officers of another organisation or commune, and any other role, can do neither.
 */
@PortalTest
class RatingProposalTests {

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SubmitTokens tokens;

    private final GroupFixtures f() {
        return new GroupFixtures(jdbc);
    }

    private RequestPostProcessor officer(String association) {
        return TestUsers.officer(f().association(association), null);
    }

    @Test
    void anOfficersProposalConfirmedByTheDirectorBecomesTheYearsRatingWithAnAuditTrail() throws Exception {
        var f = f();
        var place = f.commune();
        long group = f.group("HND", place.communeId(), place.villageId());
        String code = f.groupCode(group);

        assertThat(propose(group, officer("HND"), "2025", "KHA", "Tổ họp đều, thu lãi đủ, còn 1 hộ quá hạn"))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("flash", "group.flash.proposed");
        long proposal = pendingProposal(group, 2025);

        // a second proposal for the same year while the first waits is refused, with the year in the message
        assertThat(propose(group, officer("HND"), "2025", "TOT", "Đề nghị lại"))
                .hasStatusOk().bodyText().contains("Tổ đã có một đề nghị xếp loại năm 2025 đang chờ Giám đốc xác nhận");
        assertThat(count("select count(*) from group_rating_proposal where group_id = :g", group)).isEqualTo(1);

        // the officer's desk shows it waiting and the director finds it in their queue
        Document desk = page(mvc.get().uri("/officer").with(officer("HND")).exchange());
        assertThat(desk.select("#groups tr[data-group='" + code + "'] .pending-proposal").text())
                .isEqualTo("Khá (2025) chờ Giám đốc xác nhận");
        assertThat(desk.select("#groups tr[data-group='" + code + "'] a[href$='#proposal-form']")).hasSize(1);
        Document queue = page(mvc.get().uri("/desk").with(TestUsers.as(Role.DIRECTOR)).exchange());
        assertThat(queue.select("#rating-proposals li[data-proposal=" + proposal + "]").text())
                .contains(code, "năm 2025: Khá", TestUsers.username(Role.ASSOCIATION));

        Document before = page(mvc.get().uri("/groups/{id}", group).with(TestUsers.as(Role.DIRECTOR)).exchange());
        assertThat(before.select("#proposals tr[data-proposal=" + proposal + "] form.confirm-form")).hasSize(1);

        assertThat(decide(group, proposal, "confirm", TestUsers.as(Role.DIRECTOR), Role.DIRECTOR, Map.of()))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("flash", "group.flash.proposal-confirmed");

        assertThat(jdbc.sql("select rating from group_rating where group_id = :g and year = 2025").param("g", group)
                .query(String.class).single()).isEqualTo("KHA");
        assertThat(jdbc.sql("select status || ' ' || decided_by from group_rating_proposal where id = :p")
                .param("p", proposal).query(String.class).single()).isEqualTo("CONFIRMED " + TestUsers.username(Role.DIRECTOR));
        Document after = page(mvc.get().uri("/groups/{id}", group).with(officer("HND")).exchange());
        assertThat(after.select("#ratings tbody tr").first().text()).contains("2025", "Khá", "Tổ họp đều, thu lãi đủ");
        assertThat(after.select("#proposals tr[data-proposal=" + proposal + "]").text()).contains("Đã xác nhận");
        long rating = jdbc.sql("select id from group_rating where group_id = :g and year = 2025").param("g", group)
                .query(Long.class).single();
        assertThat(audited("GROUP_RATING_PROPOSED", proposal, Role.ASSOCIATION)).isEqualTo(1);
        assertThat(audited("GROUP_RATING_PROPOSAL_CONFIRMED", proposal, Role.DIRECTOR)).isEqualTo(1);
        assertThat(f.audited("GROUP_RATED", "group_rating", rating)).isEqualTo(1);
        assertThat(jdbc.sql("""
                select before ->> 'status' || ' > ' || (after ->> 'status') from audit_log
                where action = 'GROUP_RATING_PROPOSAL_CONFIRMED' and entity_id = :id
                """).param("id", String.valueOf(proposal)).query(String.class).single()).isEqualTo("PENDING > CONFIRMED");
        assertThat(page(mvc.get().uri("/desk").with(TestUsers.as(Role.DIRECTOR)).exchange())
                .select("#rating-proposals li[data-proposal=" + proposal + "]")).isEmpty();

        // deciding it again is refused with a message; a new proposal for the year may follow
        assertThat(decide(group, proposal, "reject", TestUsers.as(Role.DIRECTOR), Role.DIRECTOR, Map.of("reason", "Muộn")))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("flashError", "group.error.proposal-decided");
        assertThat(propose(group, officer("HND"), "2025", "TOT", "Đã khắc phục hộ quá hạn")).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void confirmingAProposalForAYearAlreadyRatedReplacesThatRating() {
        var f = f();
        var place = f.commune();
        long group = f.group("HND", place.communeId(), place.villageId());
        jdbc.sql("insert into group_rating (group_id, year, rating, rated_on) values (:g, 2025, 'TOT', date '2025-12-20')")
                .param("g", group).update();
        propose(group, officer("HND"), "2025", "TRUNG_BINH", "Sau kiểm tra: 4 hộ quá hạn");
        long proposal = pendingProposal(group, 2025);
        assertThat(page(mvc.get().uri("/groups/{id}", group).with(TestUsers.as(Role.DIRECTOR)).exchange())
                .select("#proposals tr[data-proposal=" + proposal + "] .current-rating").text())
                .isEqualTo("Năm này đang xếp loại Tốt: xác nhận sẽ thay xếp loại đó.");
        assertThat(decide(group, proposal, "confirm", TestUsers.as(Role.DIRECTOR), Role.DIRECTOR, Map.of()))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("flash", "group.flash.proposal-confirmed-replaced");
        long rating = jdbc.sql("select id from group_rating where group_id = :g and year = 2025").param("g", group)
                .query(Long.class).single();
        assertThat(jdbc.sql("select rating || ' ' || note from group_rating where id = :r").param("r", rating)
                .query(String.class).single()).isEqualTo("TRUNG_BINH Sau kiểm tra: 4 hộ quá hạn");
        assertThat(f.audited("GROUP_RATING_REPLACED", "group_rating", rating)).isEqualTo(1);
    }

    @Test
    void theDirectorRejectsWithAReasonAndTheRatingStaysAsItWas() throws Exception {
        var f = f();
        var place = f.commune();
        long group = f.group("HPN", place.communeId(), place.villageId());
        propose(group, officer("HPN"), "2025", "TOT", "Tổ hoạt động tốt");
        long proposal = pendingProposal(group, 2025);

        assertThat(decide(group, proposal, "reject", TestUsers.as(Role.DIRECTOR), Role.DIRECTOR, Map.of("reason", "  ")))
                .hasStatusOk().bodyText().contains("Hãy ghi lý do từ chối.");
        assertThat(status(proposal)).isEqualTo("PENDING");

        assertThat(decide(group, proposal, "reject", TestUsers.as(Role.DIRECTOR), Role.DIRECTOR,
                Map.of("reason", "Tổ còn 3 hộ quá hạn chưa đôn đốc")))
                .hasStatus(HttpStatus.FOUND).flash().containsEntry("flash", "group.flash.proposal-rejected");
        assertThat(status(proposal)).isEqualTo("REJECTED");
        assertThat(count("select count(*) from group_rating where group_id = :g", group)).isZero();
        assertThat(audited("GROUP_RATING_PROPOSAL_REJECTED", proposal, Role.DIRECTOR)).isEqualTo(1);
        Document shown = page(mvc.get().uri("/groups/{id}", group).with(officer("HPN")).exchange());
        assertThat(shown.select("#proposals tr[data-proposal=" + proposal + "]").text())
                .contains("Đã từ chối", "Lý do: Tổ còn 3 hộ quá hạn chưa đôn đốc");
        assertThat(shown.select("#ratings").text()).contains("Chưa xếp loại");
    }

    @Test
    void anOfficerOfAnotherOrganisationOrCommuneNeitherSeesNorProposes() {
        var f = f();
        var place = f.commune();
        var elsewhere = f.commune();
        long group = f.group("HND", place.communeId(), place.villageId());

        assertThat(mvc.get().uri("/groups/{id}", group).with(officer("HPN"))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(propose(group, officer("HPN"), "2025", "TOT", "Không phải tổ của hội")).hasStatus(HttpStatus.NOT_FOUND);
        var otherCommune = TestUsers.officer(f.association("HND"), elsewhere.communeId());
        assertThat(propose(group, otherCommune, "2025", "TOT", "Tổ của xã khác")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(count("select count(*) from group_rating_proposal where group_id = :g", group)).isZero();

        // the group's own commune officer may
        var ownCommune = TestUsers.officer(f.association("HND"), place.communeId());
        assertThat(propose(group, ownCommune, "2025", "TOT", "Tổ của xã mình")).hasStatus(HttpStatus.FOUND);
        long proposal = pendingProposal(group, 2025);
        // and no officer, even of the group's own organisation, decides
        assertThat(decide(group, proposal, "confirm", officer("HND"), Role.ASSOCIATION, Map.of())).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(page(mvc.get().uri("/desk").with(TestUsers.as(Role.DIRECTOR)).exchange())
                .select("#rating-proposals li[data-proposal=" + proposal + "]")).hasSize(1);
        assertThat(page(mvc.get().uri("/officer").with(officer("HPN")).exchange()).select(".pending-proposal").text())
                .doesNotContain(f.groupCode(group));
    }

    @Test
    void onlyTheDirectorDecidesAndOnlyAnOfficerProposes() {
        var f = f();
        var place = f.commune();
        long group = f.group("CCB", place.communeId(), place.villageId());
        for (Role role : new Role[] {Role.STAFF, Role.DIRECTOR, Role.ADMIN, Role.BOARD}) {
            assertThat(propose(group, TestUsers.as(role), role, "2025", "TOT", "Đề nghị")).as(role.name()).hasStatus(HttpStatus.FORBIDDEN);
        }
        propose(group, officer("CCB"), "2025", "YEU", "Nhiều hộ quá hạn");
        long proposal = pendingProposal(group, 2025);
        for (Role role : new Role[] {Role.STAFF, Role.ADMIN, Role.BOARD}) {
            assertThat(decide(group, proposal, "confirm", TestUsers.as(role), role, Map.of())).as(role.name())
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(decide(group, proposal, "reject", TestUsers.as(role), role, Map.of("reason", "x"))).as(role.name())
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(status(proposal)).isEqualTo("PENDING");
        assertThat(count("select count(*) from group_rating where group_id = :g", group)).isZero();
        // a proposal of another group is not found through this group's URL
        long other = f.group("CCB", place.communeId(), place.villageId());
        assertThat(decide(other, proposal, "confirm", TestUsers.as(Role.DIRECTOR), Role.DIRECTOR, Map.of()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(status(proposal)).isEqualTo("PENDING");
    }

    @Test
    void aMissingOrOverLongNoteAndAYearToComeAreMessagesNotErrors() {
        var f = f();
        var place = f.commune();
        long group = f.group("DTN", place.communeId(), place.villageId());
        assertThat(propose(group, officer("DTN"), "2025", "KHA", "x".repeat(301)))
                .hasStatusOk().bodyText().contains("Dài quá 300 ký tự; hãy viết gọn lại.");
        assertThat(propose(group, officer("DTN"), "2025", "KHA", " "))
                .hasStatusOk().bodyText().contains("Hãy ghi nhận xét làm căn cứ cho đề nghị xếp loại.");
        assertThat(propose(group, officer("DTN"), "2025", "", "Tổ khá"))
                .hasStatusOk().bodyText().contains("Hãy chọn mức xếp loại.");
        assertThat(propose(group, officer("DTN"), "2100", "KHA", "Tổ khá"))
                .hasStatusOk().bodyText().contains("Không xếp loại cho năm chưa đến.");
        assertThat(propose(group, officer("DTN"), "năm nay", "KHA", "Tổ khá")).hasStatusOk();
        assertThat(count("select count(*) from group_rating_proposal where group_id = :g", group)).isZero();

        propose(group, officer("DTN"), "2025", "KHA", "Tổ khá");
        long proposal = pendingProposal(group, 2025);
        assertThat(decide(group, proposal, "reject", TestUsers.as(Role.DIRECTOR), Role.DIRECTOR, Map.of("reason", "y".repeat(301))))
                .hasStatusOk().bodyText().contains("Dài quá 300 ký tự; hãy viết gọn lại.");
        assertThat(status(proposal)).isEqualTo("PENDING");
    }

    // --- helpers

    /** A proposal by an association officer. */
    private MvcTestResult propose(long group, RequestPostProcessor who, String year, String rating, String note) {
        return propose(group, who, Role.ASSOCIATION, year, rating, note);
    }

    private MvcTestResult propose(long group, RequestPostProcessor who, Role role, String year, String rating, String note) {
        return mvc.post().uri("/groups/{id}/rating-proposals", group).with(who).with(csrf())
                .param("token", tokens.issueFor(TestUsers.username(role)))
                .param("year", year).param("rating", rating).param("note", note).exchange();
    }

    private MvcTestResult decide(long group, long proposal, String action, RequestPostProcessor who, Role role,
            Map<String, String> params) {
        var request = mvc.post().uri("/groups/{id}/rating-proposals/{p}/" + action, group, proposal).with(who).with(csrf())
                .param("token", tokens.issueFor(TestUsers.username(role)));
        params.forEach(request::param);
        return request.exchange();
    }

    private long pendingProposal(long group, int year) {
        return jdbc.sql("select id from group_rating_proposal where group_id = :g and year = :y and status = 'PENDING'")
                .param("g", group).param("y", year).query(Long.class).single();
    }

    private String status(long proposal) {
        return jdbc.sql("select status from group_rating_proposal where id = :p").param("p", proposal)
                .query(String.class).single();
    }

    private long count(String sql, long group) {
        return jdbc.sql(sql).param("g", group).query(Long.class).single();
    }

    private long audited(String action, long proposal, Role by) {
        return jdbc.sql("""
                select count(*) from audit_log
                where action = :a and entity = 'group_rating_proposal' and entity_id = :id and username = :u
                """).param("a", action).param("id", String.valueOf(proposal)).param("u", TestUsers.username(by))
                .query(Long.class).single();
    }

    private static Document page(MvcTestResult result) {
        try {
            return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
