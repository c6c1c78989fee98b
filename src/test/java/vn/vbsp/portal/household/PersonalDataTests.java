package vn.vbsp.portal.household;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** Decree 13/2023: the Board sees no whole citizen ID and no address; outside viewers of a household are audited. */
@PortalTest
class PersonalDataTests {

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;

    private long household;
    private String cccd;
    private String address;
    private int association;
    private long group;

    @BeforeEach
    void aHouseholdWithALoanInAGroup() {
        var row = jdbc.sql("""
                select h.id, h.cccd, h.address, l.association_id, l.group_id from loan l join household h on h.id = l.household_id
                 join group_member gm on gm.household_id = h.id and gm.group_id = l.group_id and gm.left_on is null
                 where l.association_id is not null and h.address is not null order by l.id limit 1
                """).query().singleRow();
        household = ((Number) row.get("id")).longValue();
        cccd = (String) row.get("cccd");
        address = (String) row.get("address");
        association = ((Number) row.get("association_id")).intValue();
        group = ((Number) row.get("group_id")).longValue();
    }

    @Test
    void theGroupPageShowsTheBoardMaskedCitizenIdsAndStaffWholeOnes() {
        assertThat(mvc.get().uri("/groups/{id}", group).with(TestUsers.as(Role.BOARD))).hasStatusOk().bodyText()
                .contains("********" + cccd.substring(8)).doesNotContain(cccd);
        assertThat(mvc.get().uri("/groups/{id}", group).with(TestUsers.as(Role.STAFF))).hasStatusOk().bodyText()
                .contains(cccd);
    }

    @Test
    void theBoardSeesTheLastFourDigitsOfTheCitizenIdAndNoAddress() {
        assertThat(mvc.get().uri("/households/{id}", household).with(TestUsers.as(Role.BOARD))).hasStatusOk().bodyText()
                .contains("********" + cccd.substring(8)).doesNotContain(cccd).doesNotContain(address);
        assertThat(mvc.get().uri("/households").param("q", cccd).with(TestUsers.as(Role.BOARD))).hasStatusOk().bodyText()
                .contains("********" + cccd.substring(8));
    }

    @Test
    void staffSeeTheWholeRecord() {
        assertThat(mvc.get().uri("/households/{id}", household).with(TestUsers.as(Role.STAFF))).hasStatusOk().bodyText()
                .contains(cccd, address);
    }

    @Test
    void aViewByTheBoardOrAnAssociationIsAuditedAndStaffViewsAreNot() {
        long before = views();
        mvc.get().uri("/households/{id}", household).with(TestUsers.as(Role.STAFF)).exchange();
        assertThat(views()).isEqualTo(before);
        mvc.get().uri("/households/{id}", household).with(TestUsers.as(Role.BOARD)).exchange();
        mvc.get().uri("/households/{id}", household).with(TestUsers.officer(association, null)).exchange();
        assertThat(views()).isEqualTo(before + 2);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'HOUSEHOLD_VIEWED' and entity_id = :id and username = 'test-board'")
                .param("id", String.valueOf(household)).query(Long.class).single()).isPositive();
    }

    private long views() {
        return jdbc.sql("select count(*) from audit_log where action = 'HOUSEHOLD_VIEWED' and entity_id = :id")
                .param("id", String.valueOf(household)).query(Long.class).single();
    }
}
