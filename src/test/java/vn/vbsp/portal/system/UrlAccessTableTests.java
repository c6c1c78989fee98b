package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vbsp.portal.loan.LendingFixtures;
import vn.vbsp.portal.loan.domain.ApplicationService;
import vn.vbsp.portal.loan.domain.ApprovalService;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.network.TransactionCalendar;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.support.PortalTest;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/**
 * Every URL the controllers answer, against every role and scope, from a table of one line per URL pattern:
 * {@code METHOD pattern | roles allowed | scope rule}. The URLs come from Spring MVC's own mappings, so a new controller
 * whose URLs are not in the table fails {@link #theTableCoversEveryUrlTheControllersAnswer} with the list to add.
 *
 * <ul>
 *   <li>roles: {@code ALL} (every signed-in role), {@code PUBLIC} (no sign-in needed), or role names;</li>
 *   <li>scope: {@code own} when an ASSOCIATION officer sees only their organisation's record there (an officer of
 *       another organisation gets 404), {@code -} otherwise.</li>
 * </ul>
 * GET is tried for every role: an allowed role gets no 403 and no server error, any other 403. POST is tried only for
 * roles not allowed (they must get 403, and nothing runs), so the table's check never changes data.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UrlAccessTableTests {

    static final String[] TABLE = {
            // method and pattern                                       | roles allowed                     | scope
            "ANY /error/403                                             | PUBLIC                            | -",
            "GET /                                                      | ALL                               | -",
            "GET /admin/audit                                           | ADMIN DIRECTOR                    | -",
            "GET /admin/login-waits                                     | ADMIN                             | -",
            "GET /admin/users                                           | ADMIN                             | -",
            "GET /admin/users/new                                       | ADMIN                             | -",
            "GET /admin/users/{id}                                      | ADMIN                             | -",
            "GET /associations                                          | ALL                               | -",
            "GET /associations/{code}                                   | ALL                               | -",
            "GET /associations/{code}/chapters/new                      | ADMIN STAFF                       | -",
            "GET /associations/{code}/chapters/{chapterId}/contracts/new | ADMIN STAFF                      | -",
            "GET /associations/{code}/chapters/{id}/edit                | ADMIN STAFF                       | -",
            "GET /associations/{code}/contracts/{id}/edit               | ADMIN STAFF                       | -",
            "GET /calendar                                              | ADMIN STAFF DIRECTOR ASSOCIATION  | -",
            "GET /capital                                               | ADMIN STAFF DIRECTOR BOARD        | -",
            "GET /capital/{year}/{communeId}                            | ADMIN DIRECTOR                    | -",
            "GET /communes                                              | ALL                               | -",
            "GET /communes/new                                          | ADMIN STAFF                       | -",
            "GET /communes/{communeId}/point/edit                       | ADMIN STAFF                       | -",
            "GET /communes/{communeId}/point/members/{memberId}/edit    | ADMIN STAFF                       | -",
            "GET /communes/{communeId}/villages/{villageId}/edit        | ADMIN STAFF                       | -",
            "GET /communes/{id}                                         | ALL                               | -",
            "GET /communes/{id}/edit                                    | ADMIN STAFF                       | -",
            "GET /commissions                                           | ADMIN STAFF DIRECTOR              | -",
            "GET /commissions/print                                     | ADMIN STAFF DIRECTOR              | -",
            "GET /commissions/rates                                     | ADMIN                             | -",
            "GET /commissions/statement.xlsx                            | ADMIN STAFF DIRECTOR              | -",
            "GET /dashboard                                             | ADMIN DIRECTOR BOARD              | -",
            "GET /dashboard.pdf                                         | ADMIN DIRECTOR BOARD              | -",
            "GET /dashboard/print                                       | ADMIN DIRECTOR BOARD              | -",
            "GET /desk                                                  | ADMIN STAFF DIRECTOR              | -",
            "GET /fees/entrustment                                      | ALL                               | -",
            "GET /fees/entrustment.csv                                  | ALL                               | -",
            "GET /fees/entrustment.xlsx                                 | ALL                               | -",
            "GET /groups                                                | ALL                               | -",
            "GET /groups/new                                            | ADMIN STAFF                       | -",
            "GET /groups/{id}                                           | ALL                               | own",
            "GET /groups/{id}/members/new                               | ADMIN STAFF                       | -",
            "GET /households                                            | ALL                               | -",
            "GET /households/new                                        | ADMIN STAFF                       | -",
            "GET /households/poverty-review                             | ADMIN STAFF                       | -",
            "GET /households/{id}                                       | ALL                               | own",
            "GET /households/{id}/edit                                  | ADMIN STAFF                       | -",
            "GET /households/{id}/loans/{loanId}                        | ALL                               | own",
            "GET /imports/loan-book                                     | ADMIN STAFF                       | -",
            "GET /imports/loan-book/jobs/{id}                           | ADMIN STAFF                       | -",
            "GET /imports/loan-book/jobs/{id}/status                    | ADMIN STAFF                       | -",
            "GET /loans                                                 | ALL                               | -",
            "GET /loans/applications                                    | ALL                               | -",
            "GET /loans/applications/new                                | ADMIN STAFF                       | -",
            "GET /loans/applications/{id}                               | ALL                               | own",
            "GET /loans/applications/{id}/notice                        | ALL                               | own",
            "GET /loans/certifications                                  | ADMIN STAFF                       | -",
            "GET /loans/nightly-run                                     | ADMIN DIRECTOR                    | -",
            "GET /loans/reviews                                         | ADMIN STAFF                       | -",
            "GET /loans/use-checks                                      | ALL                               | -",
            "GET /loans/use-checks/{loanId}                             | ADMIN STAFF ASSOCIATION           | own",
            "GET /loans/{id}                                            | ALL                               | own",
            "GET /login                                                 | PUBLIC                            | -",
            "GET /officer                                               | ASSOCIATION                       | -",
            "GET /programmes                                            | ALL                               | -",
            "GET /programmes/{code}                                     | ALL                               | -",
            "GET /programmes/{code}/edit                                | ADMIN                             | -",
            "GET /reports/overdue                                       | ALL                               | -",
            "GET /reports/overdue.csv                                   | ALL                               | -",
            "GET /reports/overdue.xlsx                                  | ALL                               | -",
            "GET /reports/portfolio                                     | ALL                               | -",
            "GET /reports/portfolio.csv                                 | ALL                               | -",
            "GET /reports/portfolio.xlsx                                | ALL                               | -",
            "GET /reports/portfolio/group                               | ALL                               | -",
            "GET /supervision                                           | ALL                               | -",
            "GET /supervision/inspections/new                           | ADMIN STAFF DIRECTOR ASSOCIATION  | -",
            "GET /supervision/inspections/{id}                          | ALL                               | own",
            "GET /transaction-days                                      | ADMIN STAFF DIRECTOR              | -",
            "GET /transaction-days/reversals                            | ADMIN STAFF DIRECTOR              | -",
            "GET /transaction-days/{communeCode}/{date}                 | ADMIN STAFF DIRECTOR              | -",
            "GET /transaction-days/{communeCode}/{date}/sheet           | ADMIN STAFF                       | -",
            "GET /transaction-days/{communeCode}/{date}/sheet.csv       | ADMIN STAFF DIRECTOR              | -",
            "GET /transaction-days/{communeCode}/{date}/sheet.pdf       | ADMIN STAFF DIRECTOR              | -",
            "GET /transaction-days/{communeCode}/{date}/sheet.xlsx      | ADMIN STAFF DIRECTOR              | -",
            "GET /transaction-days/{communeCode}/{date}/sheets/print    | ADMIN STAFF DIRECTOR              | -",
            "GET /transaction-days/{communeCode}/{date}/sheets/{groupKey} | ADMIN STAFF DIRECTOR              | -",
            "POST /admin/login-waits/lift                               | ADMIN                             | -",
            "POST /admin/users                                          | ADMIN                             | -",
            "POST /admin/users/{id}                                     | ADMIN                             | -",
            "POST /admin/users/{id}/enabled                             | ADMIN                             | -",
            "POST /admin/users/{id}/password                            | ADMIN                             | -",
            "POST /associations/{code}/chapters                         | ADMIN STAFF                       | -",
            "POST /associations/{code}/chapters/{chapterId}/contracts   | ADMIN STAFF                       | -",
            "POST /associations/{code}/chapters/{id}                    | ADMIN STAFF                       | -",
            "POST /associations/{code}/contracts/{id}                   | ADMIN STAFF                       | -",
            "POST /capital/{year}/{communeId}                           | ADMIN DIRECTOR                    | -",
            "POST /commissions/rates                                    | ADMIN                             | -",
            "POST /communes                                             | ADMIN STAFF                       | -",
            "POST /communes/{communeId}/point                           | ADMIN STAFF                       | -",
            "POST /communes/{communeId}/point/members                   | ADMIN STAFF                       | -",
            "POST /communes/{communeId}/point/members/{memberId}        | ADMIN STAFF                       | -",
            "POST /communes/{communeId}/point/members/{memberId}/delete | ADMIN STAFF                       | -",
            "POST /communes/{communeId}/villages                        | ADMIN STAFF                       | -",
            "POST /communes/{communeId}/villages/{villageId}            | ADMIN STAFF                       | -",
            "POST /communes/{communeId}/villages/{villageId}/active     | ADMIN STAFF                       | -",
            "POST /communes/{id}                                        | ADMIN STAFF                       | -",
            "POST /groups                                               | ADMIN STAFF                       | -",
            "POST /groups/{id}/leaders                                  | ADMIN STAFF                       | -",
            "POST /groups/{id}/members                                  | ADMIN STAFF                       | -",
            "POST /groups/{id}/members/{memberId}/leave                 | ADMIN STAFF                       | -",
            "POST /groups/{id}/ratings                                  | ADMIN STAFF                       | -",
            "POST /groups/{id}/rating-proposals                         | ASSOCIATION                       | -",
            "POST /groups/{id}/rating-proposals/{proposalId}/confirm    | DIRECTOR                          | -",
            "POST /groups/{id}/rating-proposals/{proposalId}/reject     | DIRECTOR                          | -",
            "POST /households                                           | ADMIN STAFF                       | -",
            "POST /households/poverty-review                            | ADMIN STAFF                       | -",
            "POST /households/poverty-review/confirm                    | ADMIN STAFF                       | -",
            "POST /households/{id}                                      | ADMIN STAFF                       | -",
            "POST /imports/loan-book                                    | ADMIN STAFF                       | -",
            "POST /imports/loan-book/jobs                               | ADMIN STAFF                       | -",
            "POST /loans/applications                                   | ADMIN STAFF                       | -",
            "POST /loans/applications/{id}/approve                      | DIRECTOR                          | -",
            "POST /loans/applications/{id}/disburse                     | ADMIN STAFF                       | -",
            "POST /loans/applications/{id}/reject                       | DIRECTOR                          | -",
            "POST /loans/applications/{id}/withdraw                     | ADMIN STAFF                       | -",
            "POST /loans/certifications                                 | ADMIN STAFF                       | -",
            "POST /loans/nightly-run                                    | ADMIN                             | -",
            "POST /loans/reviews                                        | ADMIN STAFF                       | -",
            "POST /loans/use-checks/{loanId}                            | ADMIN STAFF ASSOCIATION           | -",
            "POST /loans/{id}/cancel                                    | DIRECTOR                          | -",
            "POST /loans/{id}/decisions                                 | ADMIN STAFF                       | -",
            "POST /loans/{id}/decisions/{decisionId}/approve            | DIRECTOR                          | -",
            "POST /loans/{id}/decisions/{decisionId}/reject             | DIRECTOR                          | -",
            "POST /loans/{id}/interest                                  | ADMIN STAFF                       | -",
            "POST /loans/{id}/principal                                 | ADMIN STAFF                       | -",
            "POST /loans/{id}/settle                                    | ADMIN STAFF                       | -",
            "POST /programmes/{code}                                    | ADMIN                             | -",
            "POST /programmes/{code}/rates                              | ADMIN                             | -",
            "POST /supervision/inspections                              | ADMIN STAFF DIRECTOR ASSOCIATION  | -",
            "POST /transaction-days/reversals/{loanId}/{txnId}          | DIRECTOR                          | -",
            "POST /transaction-days/{communeCode}/{date}/close          | ADMIN STAFF DIRECTOR              | -",
            "POST /transaction-days/{communeCode}/{date}/disburse/{applicationId} | ADMIN STAFF                       | -",
            "POST /transaction-days/{communeCode}/{date}/lines/{lineId}/reverse | DIRECTOR                          | -",
            "POST /transaction-days/{communeCode}/{date}/sheet          | ADMIN STAFF                       | -",
            "POST /transaction-days/{communeCode}/{date}/sheets/{groupKey} | ADMIN STAFF                       | -",
    };

    /** The sign-ins tried on every URL: each role, an ASSOCIATION officer being of the organisation the samples belong to. */
    private static final Map<String, RequestPostProcessor> WHO = new LinkedHashMap<>();

    @Autowired ApplicationContext context;
    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ApplicationService applications;
    @Autowired ReviewService reviews;
    @Autowired ApprovalService approvals;

    private Map<String, String> samples;
    private int ownAssociation;
    private int otherAssociation;

    @BeforeAll
    void samples() {
        ownAssociation = jdbc.sql("select id from association where code = 'HND'").query(Integer.class).single();
        otherAssociation = jdbc.sql("select id from association where code = 'HPN'").query(Integer.class).single();
        long loan = jdbc.sql("select min(id) from loan where association_id = :a").param("a", ownAssociation).query(Long.class).single();
        long household = jdbc.sql("select household_id from loan where id = :l").param("l", loan).query(Long.class).single();
        long group = jdbc.sql("select group_id from loan where id = :l").param("l", loan).query(Long.class).single();
        long commune = jdbc.sql("select min(id) from commune").query(Long.class).single();
        samples = new LinkedHashMap<>();
        samples.put("/admin/users/{id}", one("select min(id) from app_user"));
        samples.put("{code}", "HND");
        samples.put("/programmes/{code}", "HN");
        samples.put("{chapterId}", one("select min(c.id) from association_chapter c where c.association_id = " + ownAssociation));
        samples.put("/associations/{code}/chapters/{id}", samples.get("{chapterId}"));
        samples.put("/associations/{code}/contracts/{id}", one("select coalesce(min(k.id), 0) from entrustment_contract k join association_chapter c on c.id = k.chapter_id where c.association_id = " + ownAssociation));
        samples.put("{year}", "2026");
        samples.put("{communeId}", String.valueOf(commune));
        samples.put("/communes/{id}", String.valueOf(commune));
        samples.put("/communes/{communeId}/point/members/{memberId}", one("select coalesce(min(m.id), 0) from transaction_point_member m"));
        samples.put("{villageId}", one("select min(id) from village where commune_id = " + commune));
        samples.put("/groups/{id}", String.valueOf(group));
        samples.put("/groups/{id}/members/{memberId}", one("select min(id) from group_member where group_id = " + group));
        samples.put("/households/{id}", String.valueOf(household));
        samples.put("{loanId}", String.valueOf(loan));
        samples.put("/loans/{id}", String.valueOf(loan));
        samples.put("/loans/applications/{id}", approvedApplication());
        samples.put("/imports/loan-book/jobs/{id}", "khong-co");
        samples.put("{decisionId}", "0");
        samples.put("{proposalId}", "0"); // POST only, tried by roles refused
        samples.put("/supervision/inspections/{id}", one("select coalesce(min(id), 0) from inspection where association_id = " + ownAssociation));
        // a transaction day: the sample commune's point on its latest fixed day up to today, with a group of the commune
        int pointDay = jdbc.sql("select day_of_month from transaction_point where commune_id = :c").param("c", commune).query(Integer.class).single();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = TransactionCalendar.dayIn(YearMonth.from(today), pointDay);
        if (day.isAfter(today)) {
            day = TransactionCalendar.dayIn(YearMonth.from(today).minusMonths(1), pointDay);
        }
        samples.put("{communeCode}", jdbc.sql("select code from commune where id = :c").param("c", commune).query(String.class).single());
        samples.put("{date}", day.toString());
        samples.put("{groupKey}", one("select min(g.id) from savings_group g join village v on v.id = g.village_id where v.commune_id = " + commune));
        samples.put("{applicationId}", "0"); // POST only, tried by roles refused
        samples.put("{lineId}", "0"); // POST only, tried by roles refused
        samples.put("{txnId}", "0"); // POST only, tried by roles refused
        for (Role role : Role.values()) {
            WHO.put(role.name(), role == Role.ASSOCIATION ? TestUsers.officer(ownAssociation, null) : TestUsers.as(role));
        }
    }

    @Test
    void theTableCoversEveryUrlTheControllersAnswer() {
        Set<String> answered = Endpoints.of(context);
        Set<String> inTable = new TreeSet<>(lines().keySet());
        Set<String> missing = new TreeSet<>(answered);
        missing.removeAll(inTable);
        Set<String> stale = new TreeSet<>(inTable);
        stale.removeAll(answered);
        assertThat(missing).as("URLs the controllers answer that UrlAccessTableTests.TABLE has no line for "
                + "(add one line per URL: \"METHOD pattern | roles | scope\"):\n  " + String.join("\n  ", missing)).isEmpty();
        assertThat(stale).as("lines of UrlAccessTableTests.TABLE for URLs no controller answers any more").isEmpty();
    }

    @Test
    void everyRoleGetsWhatItsLineAllowsAndIsRefusedTheRest() {
        List<String> wrong = new ArrayList<>();
        lines().forEach((endpoint, line) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            if (line.roles().contains("PUBLIC")) {
                return;
            }
            String uri = resolve(pattern);
            for (Map.Entry<String, RequestPostProcessor> who : WHO.entrySet()) {
                boolean allowed = line.roles().contains("ALL") || line.roles().contains(who.getKey());
                if (method.equals("POST") && allowed) {
                    continue; // never run a change to check the table
                }
                int status = (method.equals("POST") ? mvc.post().uri(uri).with(csrf()).param("token", "x").param("active", "true") : mvc.get().uri(uri))
                        .with(who.getValue()).exchange().getResponse().getStatus();
                boolean ok = allowed ? status != 403 && status < 500 : status == 403;
                if (!ok) {
                    wrong.add(endpoint + " as " + who.getKey() + ": " + status + (allowed ? " (allowed)" : " (should be 403)"));
                }
            }
        });
        assertThat(wrong).as("answers that do not match the table").isEmpty();
    }

    @Test
    void anOfficerOfAnotherOrganisationGetsNotFoundOnEveryScopedRecord() {
        List<String> wrong = new ArrayList<>();
        lines().forEach((endpoint, line) -> {
            if (!line.scope().equals("own")) {
                return;
            }
            String uri = resolve(endpoint.substring(endpoint.indexOf(' ') + 1));
            int own = mvc.get().uri(uri).with(TestUsers.officer(ownAssociation, null)).exchange().getResponse().getStatus();
            int other = mvc.get().uri(uri).with(TestUsers.officer(otherAssociation, null)).exchange().getResponse().getStatus();
            if (own != 200 || other != 404) {
                wrong.add(endpoint + ": own organisation " + own + ", another " + other);
            }
        });
        assertThat(wrong).as("scoped records: 200 for their organisation's officer, 404 for another's").isEmpty();
    }

    private record Line(Set<String> roles, String scope) {
    }

    private static Map<String, Line> lines() {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (String row : TABLE) {
            String[] cells = row.split("\\|");
            String endpoint = cells[0].strip().replaceAll("\\s+", " ");
            Set<String> roles = new TreeSet<>(List.of(cells[1].strip().split("\\s+")));
            for (String role : roles) {
                assertThat(role).as(row).isIn(allowedWords());
            }
            assertThat(lines.put(endpoint, new Line(roles, cells[2].strip()))).as("twice in the table: " + endpoint).isNull();
        }
        return lines;
    }

    private static Set<String> allowedWords() {
        Set<String> words = new TreeSet<>(Set.of("ALL", "PUBLIC"));
        EnumSet.allOf(Role.class).forEach(role -> words.add(role.name()));
        return words;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    /** The pattern with each variable replaced by a demo record's id, the most specific sample first. */
    private String resolve(String pattern) {
        StringBuilder uri = new StringBuilder();
        Matcher m = VARIABLE.matcher(pattern);
        int last = 0;
        while (m.find()) {
            String prefix = pattern.substring(0, m.end());
            String value = samples.get(prefix);
            if (value == null) {
                value = samples.get(m.group());
            }
            assertThat(value).as("a sample for " + m.group() + " in " + pattern + " (add one in samples())").isNotNull();
            uri.append(pattern, last, m.start()).append(value);
            last = m.end();
        }
        return uri.append(pattern.substring(last)).toString();
    }

    /**
     * An approved application of the sample organisation's group (its notice exists). The demo office has no
     * applications, so when no test made one before, one is made as the lending tests make theirs: in a test commune of
     * its own, reviewed, certified and approved, never disbursed.
     */
    private String approvedApplication() {
        String sql = "select coalesce(min(a.id), 0) from loan_application a join savings_group g on g.id = a.group_id"
                + " where a.approved_on is not null and g.association_id = " + ownAssociation;
        if (!one(sql).equals("0")) {
            return one(sql);
        }
        LendingFixtures fixtures = new LendingFixtures(jdbc);
        LocalDate appliedOn = LocalDate.now(clock).minusDays(10);
        LendingFixtures.Office office = fixtures.office("HND", appliedOn.getDayOfMonth());
        fixtures.capitalPlan(office, "HN", appliedOn.plusDays(3).getYear(), 10_000_000_000L);
        long household = fixtures.member(office, "NGHEO");
        long id = applications.apply(new ApplicationService.NewApplication(household, office.groupId(),
                fixtures.programme("HN"), Money.of(20_000_000), 36, 3, "Chăn nuôi bò sinh sản", appliedOn,
                UUID.randomUUID().toString()), "test-staff");
        reviews.recordReview(office.groupId(), appliedOn.plusDays(1), "Tổ trưởng, trưởng thôn, cán bộ Hội",
                List.of(new ReviewService.Verdict(id, true, null)), "test-staff");
        reviews.certify(office.communeId(), appliedOn.plusDays(2), "UBND-" + id, List.of(id), "test-staff");
        approvals.approve(id, appliedOn.plusDays(3), "test-director");
        return String.valueOf(id);
    }

    private String one(String sql) {
        return String.valueOf(jdbc.sql(sql).query(Long.class).single());
    }
}
