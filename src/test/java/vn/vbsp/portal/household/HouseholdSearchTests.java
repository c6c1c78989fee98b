package vn.vbsp.portal.household;

import vn.vbsp.portal.shared.PovertyCategory;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.household.domain.HouseholdCriteria;
import vn.vbsp.portal.household.domain.HouseholdQuery;
import vn.vbsp.portal.household.domain.HouseholdRow;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserScope;

/** Name search with or without diacritics, any part of the name; CCCD search; the Vietnamese order; speed. */
@PortalTest
class HouseholdSearchTests {

    private static final UserScope OFFICE = UserScope.wholeOffice(Role.STAFF);

    @Autowired
    HouseholdQuery query;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    HouseholdFixtures fixtures;
    HouseholdFixtures.Place place;
    String prefix;

    @BeforeEach
    void households() {
        fixtures = new HouseholdFixtures(jdbc);
        place = fixtures.place();
        prefix = "0010" + "%05d".formatted(HouseholdFixtures.next() % 100_000);
        String[] names = {"Đỗ Văn Đức", "Nguyễn Thị Ánh", "Lê Thị Bình", "Trần Văn Anh", "Nguyễn Văn An"};
        for (int i = 0; i < names.length; i++) {
            fixtures.household(place.villageId(), names[i], prefix + "%03d".formatted(i), i == 2 ? "CAN_NGHEO" : "NGHEO");
        }
    }

    @Test
    void aNameIsFoundWithOrWithoutDiacriticsAndInAnyCase() {
        assertThat(names("nguyen van an")).containsExactly("Nguyễn Văn An");
        assertThat(names("Nguyễn Văn An")).containsExactly("Nguyễn Văn An");
        assertThat(names("NGUYEN")).containsExactly("Nguyễn Văn An", "Nguyễn Thị Ánh");
        assertThat(names("  nguyễn   VĂN an ")).containsExactly("Nguyễn Văn An");
        assertThat(names("duc")).containsExactly("Đỗ Văn Đức");
        assertThat(names("đức")).containsExactly("Đỗ Văn Đức");
    }

    @Test
    void anyPartOfTheNameWillDo() {
        assertThat(names("Văn An")).containsExactly("Nguyễn Văn An", "Trần Văn Anh");
        assertThat(names("van a")).containsExactly("Nguyễn Văn An", "Trần Văn Anh");
        assertThat(names("thi")).containsExactly("Nguyễn Thị Ánh", "Lê Thị Bình");
        assertThat(names("xyz")).isEmpty();
    }

    @Test
    void likeWildcardsInTheQueryAreTakenLiterally() {
        assertThat(names("%")).isEmpty();
        assertThat(names("_")).isEmpty();
    }

    @Test
    void aCccdIsFoundWholeOrByItsFirstDigits() {
        assertThat(search(prefix + "003", null).getContent()).extracting(HouseholdRow::headName).containsExactly("Trần Văn Anh");
        assertThat(search(prefix, null).getTotalElements()).isEqualTo(5);
        assertThat(search(prefix.substring(0, 7) + " " + prefix.substring(7), null).getTotalElements())
                .as("spaces typed between digits").isGreaterThanOrEqualTo(5);
        assertThat(search(prefix + "9", null).getTotalElements()).isZero();
    }

    @Test
    void theListIsInVietnameseOrderOfGivenNameThenFullName() {
        assertThat(names("")).containsExactly("Nguyễn Văn An", "Trần Văn Anh", "Nguyễn Thị Ánh", "Lê Thị Bình", "Đỗ Văn Đức");
    }

    @Test
    void categoryFilterAndPages() {
        Page<HouseholdRow> poor = query.search(new HouseholdCriteria(null, place.communeId(), null), OFFICE,
                PageRequest.of(1, 2));
        assertThat(poor.getTotalElements()).isEqualTo(5);
        assertThat(poor.getTotalPages()).isEqualTo(3);
        assertThat(poor.getContent()).extracting(HouseholdRow::headName).containsExactly("Nguyễn Thị Ánh", "Lê Thị Bình");
        assertThat(query.search(new HouseholdCriteria("", place.communeId(), PovertyCategory.CAN_NGHEO), OFFICE,
                PageRequest.of(0, 25)).getContent()).extracting(HouseholdRow::headName).containsExactly("Lê Thị Bình");
    }

    @Test
    void theListPageGoesTwentyFiveAtATimeAndKeepsItsFilters() {
        for (int i = 0; i < 26; i++) {
            fixtures.household(place.villageId(), "Hộ Trang %02d".formatted(i), prefix + "%03d".formatted(100 + i), "KHAC");
        }
        var first = mvc.get().uri("/households").param("commune", String.valueOf(place.communeId()))
                .param("category", "KHAC").with(TestUsers.as(Role.STAFF));
        assertThat(first).hasStatusOk().bodyText().contains("1–25 trên 26", "Hộ Trang 00", "Hộ Trang 24")
                .doesNotContain("Hộ Trang 25", "Nguyễn Văn An")
                .contains("href=\"/households?commune=" + place.communeId() + "&amp;category=KHAC&amp;page=2\"");
        var second = mvc.get().uri("/households").param("commune", String.valueOf(place.communeId()))
                .param("category", "KHAC").param("page", "2").with(TestUsers.as(Role.STAFF));
        assertThat(second).hasStatusOk().bodyText().contains("26–26 trên 26", "Hộ Trang 25").doesNotContain("Hộ Trang 24");
    }

    @Test
    @Transactional // rolled back: the 6,000 households do not stay in the shared test database
    void searchingSixThousandHouseholdsIsFast() {
        jdbc.sql("""
                insert into household (cccd, head_name, search_name, village_id, category)
                select '0019' || lpad(g::text, 8, '0'),
                       (array['Nguyễn','Trần','Lê','Phạm','Hoàng'])[1 + g % 5] || ' Văn ' || (array['An','Bình','Cường','Dũng','Đức','Hà'])[1 + g % 6] || ' ' || g,
                       (array['nguyen','tran','le','pham','hoang'])[1 + g % 5] || ' van ' || (array['an','binh','cuong','dung','duc','ha'])[1 + g % 6] || ' ' || g,
                       :village, 'NGHEO'
                from generate_series(1, 6000) g
                """).param("village", place.villageId()).update();
        jdbc.sql("analyze household").update();
        query.search(HouseholdCriteria.all(), OFFICE, PageRequest.of(0, 25)); // warm up

        long start = System.nanoTime();
        Page<HouseholdRow> first = query.search(HouseholdCriteria.all(), OFFICE, PageRequest.of(0, 25));
        Page<HouseholdRow> byName = query.search(new HouseholdCriteria("van duc", null, null), OFFICE, PageRequest.of(3, 25));
        Page<HouseholdRow> byCccd = query.search(new HouseholdCriteria("00190000", null, null), OFFICE, PageRequest.of(0, 25));
        Page<HouseholdRow> officer = query.search(HouseholdCriteria.all(), new UserScope(Role.ASSOCIATION, 1, null),
                PageRequest.of(0, 25));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(first.getTotalElements()).isGreaterThanOrEqualTo(6005);
        assertThat(byName.getTotalElements()).isGreaterThanOrEqualTo(1000);
        assertThat(byCccd.getTotalElements()).isGreaterThanOrEqualTo(6000);
        assertThat(officer.getContent()).noneMatch(h -> h.cccd().startsWith("0019"));
        // four searches, each a count and a page; generous for a shared 2-core machine
        assertThat(millis).as("four searches over 6,000 households took %d ms", millis).isLessThan(2_000);
    }

    private List<String> names(String text) {
        return search(text, place.communeId()).getContent().stream().map(HouseholdRow::headName).toList();
    }

    private Page<HouseholdRow> search(String text, Long communeId) {
        return query.search(new HouseholdCriteria(text, communeId, null), OFFICE, PageRequest.of(0, 25));
    }
}
