package vn.vbsp.portal.household;

import vn.vbsp.portal.shared.PovertyCategory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;
import vn.vbsp.portal.household.domain.HouseholdCommand;
import vn.vbsp.portal.household.domain.HouseholdException;
import vn.vbsp.portal.household.domain.HouseholdService;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/** Registering and editing a household through its form: validation, duplicates, search_name, the audit log. */
@PortalTest
class HouseholdFormTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HouseholdService service;

    @Autowired
    PlatformTransactionManager transactions;

    HouseholdFixtures fixtures;
    HouseholdFixtures.Place place;

    @BeforeEach
    void place() {
        fixtures = new HouseholdFixtures(jdbc);
        place = fixtures.place();
    }

    @Test
    void staffRegisterAHouseholdWithItsMembers() {
        String cccd = HouseholdFixtures.cccd();
        var result = register(Role.STAFF, "headName", "  Phạm   Thị Hồng ", "cccd", cccd,
                "birthDate", "05/03/1985", "sex", "F", "phone", "0912 345 678", "reviewYear", "2025",
                "members[0].fullName", "Lê Văn Tám", "members[0].relation", "Chồng", "members[0].birthYear", "1983",
                "members[1].fullName", "", "members[1].relation", "").exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/households/");
        assertThat(result).flash().containsEntry("flash", "household.flash.created");

        var row = jdbc.sql("""
                        select id, head_name, search_name, birth_date, sex, phone, category, review_year
                        from household where cccd = :cccd
                        """).param("cccd", cccd).query().singleRow();
        assertThat(row).containsEntry("head_name", "Phạm Thị Hồng").containsEntry("search_name", "pham thi hong")
                .containsEntry("sex", "F").containsEntry("phone", "0912345678").containsEntry("category", "NGHEO")
                .containsEntry("review_year", 2025);
        assertThat(row.get("birth_date").toString()).isEqualTo("1985-03-05");
        long id = ((Number) row.get("id")).longValue();
        assertThat(jdbc.sql("select full_name || '/' || relation || '/' || birth_year from household_member where household_id = :id")
                .param("id", id).query(String.class).list()).containsExactly("Lê Văn Tám/Chồng/1983");
        assertThat(fixtures.audited("HOUSEHOLD_CREATED", id)).isEqualTo(1);

        assertThat(mvc.get().uri("/households/{id}", id).with(TestUsers.as(Role.STAFF))).hasStatusOk().bodyText()
                .contains("Phạm Thị Hồng", cccd, "05/03/1985", "Lê Văn Tám", "Hộ nghèo");
    }

    @Test
    void anAdministratorMayRegisterToo() {
        String cccd = HouseholdFixtures.cccd();
        assertThat(register(Role.ADMIN, "headName", "Vũ Văn Quản", "cccd", cccd))
                .hasStatus(HttpStatus.FOUND);
        assertThat(count(cccd)).isEqualTo(1);
    }

    @ParameterizedTest(name = "CCCD \"{0}\" is refused")
    @CsvSource(delimiter = '|', value = {
            "00108501234     | Số CCCD phải có đúng 12 chữ số.",
            "0010850123456   | Số CCCD phải có đúng 12 chữ số.",
            "00108501234A    | Số CCCD chỉ gồm chữ số (0–9), không có chữ cái hay ký hiệu.",
            "CCCD-12345678   | Số CCCD chỉ gồm chữ số (0–9), không có chữ cái hay ký hiệu.",
            "999085012345    | Ba chữ số đầu của số CCCD không phải mã tỉnh, thành phố nào.",
            "003085012345    | Ba chữ số đầu của số CCCD không phải mã tỉnh, thành phố nào.",
            "''              | Chưa nhập số CCCD.",
    })
    void aWrongCccdIsRefusedNextToTheFieldAndNothingSaved(String cccd, String message) {
        String name = "Hộ Sai Số " + HouseholdFixtures.next();
        var result = register(Role.STAFF, "headName", name, "cccd", cccd).exchange();
        assertThat(result).hasStatusOk().bodyText().contains(message);
        assertThat(result).model().extractingBindingResult("form").hasFieldErrors("cccd");
        assertThat(result).bodyText().contains(name);
        assertThat(jdbc.sql("select count(*) from household where head_name = :n").param("n", name)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aDuplicateCccdIsRefusedAndNothingSaved() {
        String cccd = HouseholdFixtures.cccd();
        fixtures.household(place.villageId(), "Chủ Hộ Cũ", cccd, "NGHEO");
        var result = register(Role.STAFF, "headName", "Chủ Hộ Mới", "cccd", cccd).exchange();
        assertThat(result).hasStatusOk().bodyText().contains("Số CCCD này đã có trong hồ sơ một hộ khác.");
        assertThat(count(cccd)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from household where head_name = 'Chủ Hộ Mới' and village_id = :v")
                .param("v", place.villageId()).query(Long.class).single()).isZero();
    }

    @Test
    void wrongFieldsAreShownAgainAsTypedWithTheirMessages() {
        var result = register(Role.STAFF, "headName", "", "cccd", "001085O12345", "birthDate", "31/02/1985",
                "phone", "12ab", "villageId", "", "members[0].fullName", "Không Quan Hệ", "members[0].relation", "").exchange();
        assertThat(result).hasStatusOk().bodyText().contains(
                "Không được để trống.", "Số CCCD chỉ gồm chữ số", "Ngày không đúng; ghi theo dạng ngày/tháng/năm",
                "Số điện thoại không đúng", "Nhập quan hệ với chủ hộ.");
        assertThat(html(result)).contains("value=\"31/02/1985\"", "value=\"001085O12345\"", "value=\"Không Quan Hệ\"");
        assertThat(jdbc.sql("select count(*) from household_member where full_name = 'Không Quan Hệ'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFutureBirthDateIsRefused() {
        String tomorrow = LocalDate.now().plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(register(Role.STAFF, "headName", "Sinh Mai", "cccd", HouseholdFixtures.cccd(), "birthDate", tomorrow))
                .hasStatusOk().bodyText().contains("Ngày sinh phải từ năm 1900 đến hôm nay.");
    }

    @Test
    void addingAMemberRowShowsTheFormAgainWithoutSaving() {
        String cccd = HouseholdFixtures.cccd();
        var result = mvc.post().uri("/households").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("headName", "Hộ Đang Nhập").param("cccd", cccd).param("villageId", String.valueOf(place.villageId()))
                .param("category", "NGHEO").param("members[0].fullName", "Con Một").param("members[0].relation", "Con")
                .param("addMember", "1").exchange();
        assertThat(result).hasStatusOk();
        assertThat(html(result)).contains("name=\"members[0].fullName\"", "value=\"Con Một\"", "name=\"members[1].fullName\"")
                .doesNotContain("Không được để trống.");
        assertThat(count(cccd)).isZero();
    }

    @Test
    void removingAMemberRowShowsTheFormAgainWithoutIt() {
        var result = mvc.post().uri("/households").with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("headName", "Hộ Bớt Người").param("cccd", HouseholdFixtures.cccd())
                .param("members[0].fullName", "Người Thứ Nhất").param("members[0].relation", "Vợ")
                .param("members[1].fullName", "Người Thứ Hai").param("members[1].relation", "Con")
                .param("removeMember", "0").exchange();
        assertThat(result).hasStatusOk();
        assertThat(html(result)).contains("value=\"Người Thứ Hai\"", "value=\"Hộ Bớt Người\"")
                .doesNotContain("Người Thứ Nhất", "name=\"members[1].fullName\"");
    }

    @Test
    void aCccdSavedAtTheSameMomentByAnotherClerkIsRefusedToo() throws Exception {
        // another clerk's insert is written but not yet committed: the check-first cannot see it, the unique
        // constraint waits for it and then refuses ours
        String cccd = HouseholdFixtures.cccd();
        CountDownLatch inserted = new CountDownLatch(1);
        Thread otherClerk = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            fixtures.household(place.villageId(), "Thư Ký Khác", cccd, "NGHEO");
            inserted.countDown();
            try {
                Thread.sleep(1500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        otherClerk.start();
        assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
        HouseholdCommand command = new HouseholdCommand(cccd, "Thư Ký Này", null, null, place.villageId(), null, null,
                PovertyCategory.NGHEO, null, List.of(), null);
        assertThatThrownBy(() -> service.register(command)).isInstanceOfSatisfying(HouseholdException.class,
                e -> assertThat(e.field() + " " + e.messageKey()).isEqualTo("cccd household.error.cccd-taken"));
        otherClerk.join();
        assertThat(jdbc.sql("select head_name from household where cccd = :c").param("c", cccd).query(String.class).list())
                .containsExactly("Thư Ký Khác");
    }

    @Test
    void editingRenamesKeepsSearchNameInStepReplacesMembersAndIsAudited() {
        String cccd = HouseholdFixtures.cccd();
        register(Role.STAFF, "headName", "Hoàng Văn Cũ", "cccd", cccd,
                "members[0].fullName", "Người Ở Lại", "members[0].relation", "Vợ",
                "members[1].fullName", "Người Đi Xa", "members[1].relation", "Con").exchange();
        long id = jdbc.sql("select id from household where cccd = :c").param("c", cccd).query(Long.class).single();
        long stays = jdbc.sql("select id from household_member where household_id = :id and full_name = 'Người Ở Lại'")
                .param("id", id).query(Long.class).single();

        var editPage = mvc.get().uri("/households/{id}/edit", id).with(TestUsers.as(Role.STAFF)).exchange();
        assertThat(editPage).hasStatusOk();
        assertThat(html(editPage)).contains("value=\"Hoàng Văn Cũ\"", "value=\"Người Đi Xa\"");

        // the form posts back what the edit page showed, with the second member removed and the name changed
        var edited = mvc.post().uri("/households/{id}", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("headName", "Hoàng Thị Mới").param("cccd", cccd).param("birthDate", "1980-12-01")
                .param("villageId", String.valueOf(place.villageId())).param("category", "CAN_NGHEO")
                .param("version", "0")
                .param("members[0].id", String.valueOf(stays)).param("members[0].fullName", "Người Ở Lại")
                .param("members[0].relation", "Vợ").param("members[0].birthYear", "1982").exchange();
        assertThat(edited).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/households/" + id);

        var row = jdbc.sql("select head_name, search_name, category, birth_date from household where id = :id")
                .param("id", id).query().singleRow();
        assertThat(row).containsEntry("head_name", "Hoàng Thị Mới").containsEntry("search_name", "hoang thi moi")
                .containsEntry("category", "CAN_NGHEO");
        assertThat(row.get("birth_date").toString()).isEqualTo("1980-12-01");
        assertThat(jdbc.sql("select id || ':' || full_name || ':' || birth_year from household_member where household_id = :id")
                .param("id", id).query(String.class).list()).containsExactly(stays + ":Người Ở Lại:1982");

        assertThat(fixtures.audited("HOUSEHOLD_UPDATED", id)).isEqualTo(1);
        var audit = jdbc.sql("""
                        select before->>'headName' as before_name, after->>'headName' as after_name,
                               after->>'category' as after_category, username
                        from audit_log where entity = 'household' and action = 'HOUSEHOLD_UPDATED' and entity_id = :id
                        """).param("id", String.valueOf(id)).query().singleRow();
        assertThat(audit).containsEntry("before_name", "Hoàng Văn Cũ").containsEntry("after_name", "Hoàng Thị Mới")
                .containsEntry("after_category", "CAN_NGHEO").containsEntry("username", "test-staff");

        assertThat(mvc.get().uri("/households/{id}", id).with(TestUsers.as(Role.STAFF))).bodyText()
                .contains("01/12/1980", "Hộ cận nghèo").doesNotContain("Người Đi Xa");
    }

    @Test
    void anEditTakingAnotherHouseholdsCccdIsRefused() {
        String mine = HouseholdFixtures.cccd();
        String theirs = HouseholdFixtures.cccd();
        long id = fixtures.household(place.villageId(), "Hộ Của Tôi", mine, "NGHEO");
        fixtures.household(place.villageId(), "Hộ Của Họ", theirs, "NGHEO");
        var result = mvc.post().uri("/households/{id}", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("headName", "Hộ Của Tôi").param("cccd", theirs)
                .param("villageId", String.valueOf(place.villageId())).param("category", "NGHEO").exchange();
        assertThat(result).hasStatusOk().bodyText().contains("Số CCCD này đã có trong hồ sơ một hộ khác.");
        assertThat(jdbc.sql("select cccd from household where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(mine);
        assertThat(fixtures.audited("HOUSEHOLD_UPDATED", id)).isZero();
    }

    @Test
    void anEditFromAStaleVersionIsRefused() {
        String cccd = HouseholdFixtures.cccd();
        long id = fixtures.household(place.villageId(), "Hộ Hai Người Sửa", cccd, "NGHEO");
        var result = mvc.post().uri("/households/{id}", id).with(TestUsers.as(Role.STAFF)).with(csrf())
                .param("headName", "Hộ Đã Sửa").param("cccd", cccd).param("version", "7")
                .param("villageId", String.valueOf(place.villageId())).param("category", "NGHEO").exchange();
        assertThat(result).hasStatusOk().bodyText().contains("Hồ sơ này vừa được người khác sửa.");
        assertThat(jdbc.sql("select head_name from household where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Hộ Hai Người Sửa");
    }

    @Test
    void editingAMissingHouseholdIs404() {
        assertThat(mvc.get().uri("/households/{id}/edit", Long.MAX_VALUE).with(TestUsers.as(Role.STAFF)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theFormSpeaksEnglishOnRequest() {
        assertThat(mvc.get().uri("/households/new").param("lang", "en").with(TestUsers.as(Role.STAFF))).hasStatusOk()
                .bodyText().contains("Register a household", "Head of household", "Add a member");
    }

    /** Posts the register form with a village and a category, and the given field/value pairs. */
    private MockMvcTester.MockMvcRequestBuilder register(Role role, String... fieldsAndValues) {
        var request = mvc.post().uri("/households").with(TestUsers.as(role)).with(csrf())
                .param("villageId", String.valueOf(place.villageId())).param("category", "NGHEO");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            request.param(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return request;
    }

    /** The page with Thymeleaf's character references (&agrave; ...) turned back into text. */
    private static String html(MvcTestResult result) {
        try {
            return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String cccd) {
        return jdbc.sql("select count(*) from household where cccd = :c").param("c", cccd).query(Long.class).single();
    }
}
