package vn.vbsp.portal.group.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import vn.vbsp.portal.group.GroupFixtures;
import vn.vbsp.portal.support.PortalTest;

/** A household is an active member of at most one group of each organisation: in the database, and in the service. */
@PortalTest
@WithMockUser(username = "canbo-test", roles = "STAFF")
class OneGroupPerAssociationTests {

    @Autowired
    GroupMemberRepository members;

    @Autowired
    GroupService service;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private GroupFixtures fixtures() {
        return new GroupFixtures(jdbc);
    }

    @Test
    void theDatabaseRefusesASecondActiveGroupOfTheSameOrganisationOnly() {
        var f = fixtures();
        var place = f.commune();
        int hnd = f.association("HND");
        int hpn = f.association("HPN");
        long hnd1 = f.group("HND", place.communeId(), place.villageId());
        long hnd2 = f.group("HND", place.communeId(), place.villageId());
        long hpn1 = f.group("HPN", place.communeId(), place.villageId());
        long household = f.household(place.villageId(), "Nguyễn Văn Một");
        LocalDate joined = LocalDate.of(2024, 5, 1);

        GroupMember first = tx.execute(s -> members.saveAndFlush(new GroupMember(hnd1, hnd, household, joined)));

        assertThatThrownBy(() -> tx.executeWithoutResult(
                s -> members.saveAndFlush(new GroupMember(hnd2, hnd, household, joined))))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining(GroupService.ONE_GROUP_PER_ASSOCIATION);

        tx.executeWithoutResult(s -> members.saveAndFlush(new GroupMember(hpn1, hpn, household, joined)));

        tx.executeWithoutResult(s -> members.findById(first.getId()).orElseThrow().leave(LocalDate.of(2025, 1, 31)));
        tx.executeWithoutResult(s -> members.saveAndFlush(new GroupMember(hnd2, hnd, household, LocalDate.of(2025, 2, 1))));

        assertThat(jdbc.sql("select count(*) from group_member where household_id = :h and left_on is null")
                .param("h", household).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theServiceSaysWhichGroupHoldsTheHouseholdAndSavesNothing() {
        var f = fixtures();
        var place = f.commune();
        long hnd1 = f.group("HND", place.communeId(), place.villageId());
        long hnd2 = f.group("HND", place.communeId(), place.villageId());
        long hpn1 = f.group("HPN", place.communeId(), place.villageId());
        long household = f.household(place.villageId(), "Trần Thị Hai");

        service.addMember(hnd1, household, LocalDate.of(2024, 5, 1));
        assertThatThrownBy(() -> service.addMember(hnd2, household, LocalDate.of(2024, 6, 1)))
                .isInstanceOfSatisfying(GroupException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("group.error.member-of-other-group");
                    assertThat(e.arguments()).containsExactly(f.groupCode(hnd1));
                });
        assertThat(f.activeMembers(hnd2)).isZero();

        service.addMember(hpn1, household, LocalDate.of(2024, 6, 1));
        assertThat(f.activeMembers(hpn1)).isEqualTo(1);

        long memberId = jdbc.sql("select id from group_member where group_id = :g").param("g", hnd1).query(Long.class).single();
        service.removeMember(hnd1, memberId, LocalDate.of(2025, 1, 31));
        service.addMember(hnd2, household, LocalDate.of(2025, 2, 1));
        assertThat(f.activeMembers(hnd2)).isEqualTo(1);
        assertThat(f.audited("GROUP_MEMBER_LEFT", "group_member", memberId)).isEqualTo(1);
    }

    @Test
    void aRaceLostToTheUniqueIndexIsRefusedWithTheSameRule() {
        var f = fixtures();
        var place = f.commune();
        int hnd = f.association("HND");
        long hnd1 = f.group("HND", place.communeId(), place.villageId());
        long hnd2 = f.group("HND", place.communeId(), place.villageId());
        long household = f.household(place.villageId(), "Lê Văn Ba");
        f.member(hnd1, household);

        // the check before the insert has passed (as when two clerks add the household at the same moment)
        assertThatThrownBy(() -> tx.executeWithoutResult(
                s -> service.saveMembership(new GroupMember(hnd2, hnd, household, LocalDate.of(2025, 1, 1)))))
                .isInstanceOfSatisfying(GroupException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("group.error.member-of-same-association"));
        assertThat(f.activeMembers(hnd2)).isZero();
    }
}
