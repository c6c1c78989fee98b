package vn.vbsp.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.vbsp.portal.support.FreshDatabase;
import vn.vbsp.portal.support.TestUsers;
import vn.vbsp.portal.user.Role;

/**
 * Every form a user can reach, filled as a careless or hostile user would: each text field in turn 5,000 characters
 * long (the rest as the page gave them), then all of them at once. The forms are found by following the links from
 * the home page of each role that writes, so a new form cannot be forgotten. Whatever the form, the answer is never a
 * server error, never a refusal of the form's own user (a form is only offered to who may send it) and never shows
 * a raw message key. This runs on a database of its own: what a form accepts it keeps.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {"vbsp.demo-data=true", "vbsp.report.snapshots.warm-up=false", "vbsp.loan.catch-up.on-start=false",
                "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration"})
@AutoConfigureMockMvc
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryFormTests {

    /** Vietnamese text with diacritics, a quote and a tag, 5,000 characters: longer than any column but the free notes. */
    private static final String LONG = ("Nguyễn Thị Ánh <b>\"Hội\"</b> ").repeat(200).substring(0, 5000);

    /** Pages visited per role at most, and how many of one shape (the same path with other ids). */
    private static final int MAX_PAGES = 200;

    private static final FreshDatabase DATABASE = FreshDatabase.create("vbsp_forms");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
    }

    @Autowired MockMvcTester mvc;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    private final Map<String, RequestPostProcessor> who = new LinkedHashMap<>();

    @BeforeAll
    void users() {
        who.put("STAFF", TestUsers.as(Role.STAFF));
        who.put("DIRECTOR", TestUsers.as(Role.DIRECTOR));
        who.put("ADMIN", TestUsers.as(Role.ADMIN));
        int farmers = jdbc.sql("select id from association where code = 'HND'").query(Integer.class).single();
        who.put("ASSOCIATION", TestUsers.officer(farmers, null));
    }

    @Test
    void runsOnItsOwnDatabase() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).contains(DATABASE.name());
        }
    }

    @Test
    void noFormAnswersTooLongTextWithAServerErrorARefusalOrARawKeyOrLosesWhatWasTyped() {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, RequestPostProcessor> user : who.entrySet()) {
            List<Form> forms = formsReachableBy(user.getValue());
            assertThat(forms).as("forms reachable by " + user.getKey()).isNotEmpty();
            for (Form form : forms) {
                Set<String> kinds = new HashSet<>();
                for (String field : form.textFields()) {
                    if (!kinds.add(kind(field))) {
                        continue; // one line of a sheet stands for the others
                    }
                    tried++;
                    check(user, form, form.with(Set.of(field)), field, wrong);
                }
                tried++;
                check(user, form, form.with(form.textFields()), "every text field", wrong);
            }
        }
        assertThat(tried).as("form submissions tried").isGreaterThan(50);
        assertThat(wrong).as("forms that answered 5,000 characters badly").isEmpty();
    }

    private void check(Map.Entry<String, RequestPostProcessor> user, Form form, Map<String, List<String>> params,
            String field, List<String> wrong) {
        var request = form.post() ? mvc.post().uri(form.action()).with(csrf()) : mvc.get().uri(form.action());
        params.forEach((name, values) -> request.param(name, values.toArray(String[]::new)));
        MockHttpServletResponse response = request.with(user.getValue()).exchange().getResponse();
        String what = user.getKey() + " " + (form.post() ? "POST " : "GET ") + form.action() + " (form on " + form.page()
                + ", " + field + "): ";
        if (response.getStatus() >= 500 || response.getStatus() == 403) {
            // a server error, or a form offered to someone who may not send it
            wrong.add(what + response.getStatus());
            return;
        }
        String type = response.getContentType();
        if (type != null && type.startsWith("text/html")) {
            try {
                String body = response.getContentAsString();
                if (body.contains("??")) {
                    int at = body.indexOf("??");
                    wrong.add(what + "raw key " + body.substring(Math.max(0, at - 40), Math.min(body.length(), at + 40)));
                }
                if (params.containsKey(field) && (response.getStatus() < 300 || response.getStatus() >= 400)) {
                    String kept = keptValue(body, form.action(), field);
                    if (kept != null && !kept.strip().equals(LONG.strip())) {
                        wrong.add(what + "the page came back without what was typed ("
                                + (kept.isEmpty() ? "empty" : kept.length() + " characters") + ")");
                    }
                }
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * What the page shows typed into the field (an input or text area of that name, in the form sent again when the
     * page has it: a page of many forms has fields of the same name in each), or null when it has none.
     */
    private static String keptValue(String body, String action, String field) {
        Document page = Jsoup.parse(body, "http://localhost");
        Element sentAgain = page.select("form").stream().filter(f -> action.equals(local(f.attr("abs:action")))).findFirst()
                .orElse(null);
        Element input = (sentAgain == null ? page : sentAgain).select("input[name], textarea[name]").stream()
                .filter(e -> e.attr("name").equals(field)).findFirst().orElse(null);
        // a browser sends a number field holding text as empty: nothing typed there to keep
        if (input == null || Set.of("password", "hidden", "number").contains(input.attr("type").toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return input.tagName().equals("textarea") ? input.wholeText() : input.attr("value");
    }

    /** The forms with a text field on the pages reachable from the home page, one per action and fields. */
    private List<Form> formsReachableBy(RequestPostProcessor user) {
        Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
        Set<String> shapesSeen = new HashSet<>();
        Set<String> formsSeen = new HashSet<>();
        List<Form> forms = new ArrayList<>();
        int visited = 0;
        while (!toVisit.isEmpty() && visited < MAX_PAGES) {
            String page = toVisit.removeFirst();
            MockHttpServletResponse response = mvc.get().uri(page).with(user).exchange().getResponse();
            visited++;
            String moved = response.getRedirectedUrl();
            if (moved != null) {
                String target = local(moved.startsWith("/") ? "http://localhost" + moved : moved);
                if (target != null && shapesSeen.add(shape(target))) {
                    toVisit.addLast(target);
                }
                continue;
            }
            String type = response.getContentType();
            if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document doc;
            try {
                doc = Jsoup.parse(response.getContentAsString(), "http://localhost" + page);
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
            for (Element link : doc.select("a[href]")) {
                String target = local(link.attr("abs:href"));
                if (target != null && shapesSeen.add(shape(target))) {
                    toVisit.addLast(target);
                }
            }
            for (Element element : doc.select("form")) {
                Form form = Form.of(page, element);
                if (form != null && formsSeen.add(form.key())) {
                    forms.add(form);
                }
            }
        }
        return forms;
    }

    static String kind(String field) {
        return field.replaceAll("\\d+", "#");
    }

    /** The path and query of a link inside the portal worth following, or null. */
    private static String local(String href) {
        URI uri;
        try {
            uri = URI.create(href);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String path = uri.getRawPath();
        if (!"localhost".equals(uri.getHost()) || path == null || path.isEmpty()
                || path.matches(".*\\.(csv|xlsx|pdf)$") || path.startsWith("/logout") || path.startsWith("/login")
                || path.startsWith("/webjars") || path.startsWith("/css") || path.startsWith("/js")) {
            return null;
        }
        String query = uri.getRawQuery();
        return query == null ? path : path + "?" + query;
    }

    /** A page's shape: its path with ids, codes and dates (any segment with a digit) blurred and the names (not values) of its query. */
    static String shape(String target) {
        int q = target.indexOf('?');
        String path = (q < 0 ? target : target.substring(0, q)).replaceAll("/[^/]*\\d[^/]*", "/N");
        if (q < 0) {
            return path;
        }
        List<String> names = new ArrayList<>();
        for (String pair : target.substring(q + 1).split("&")) {
            names.add(pair.split("=", 2)[0]);
        }
        names.sort(null);
        return path + "?" + String.join("&", names);
    }

    /** One HTML form as the browser would send it, and which of its fields a user types text into. */
    record Form(String page, String action, boolean post, Map<String, List<String>> given, Set<String> textFields) {

        private static final Set<String> NOT_TYPED = Set.of("hidden", "checkbox", "radio", "submit", "button", "reset", "file", "image");

        static Form of(String page, Element form) {
            String action = local(form.attr("abs:action").isEmpty() ? "http://localhost" + page : form.attr("abs:action"));
            if (action == null || form.attr("enctype").contains("multipart") || action.startsWith("/lang")) {
                return null;
            }
            Map<String, List<String>> given = new LinkedHashMap<>();
            Set<String> text = new java.util.LinkedHashSet<>();
            for (Element input : form.select("input[name], textarea[name], select[name]")) {
                String name = input.attr("name");
                if (name.equals("_csrf")) {
                    continue;
                }
                String type = input.tagName().equals("input") ? input.attr("type").toLowerCase(java.util.Locale.ROOT) : input.tagName();
                if (type.equals("select")) {
                    Element option = input.selectFirst("option[selected]");
                    option = option == null ? input.selectFirst("option") : option;
                    if (option != null) {
                        given.computeIfAbsent(name, n -> new ArrayList<>()).add(option.hasAttr("value") ? option.attr("value") : option.text());
                    }
                } else if (type.equals("checkbox") || type.equals("radio")) {
                    if (input.hasAttr("checked")) {
                        given.computeIfAbsent(name, n -> new ArrayList<>()).add(input.attr("value").isEmpty() ? "on" : input.attr("value"));
                    }
                } else if (type.equals("textarea")) {
                    given.computeIfAbsent(name, n -> new ArrayList<>()).add(input.text());
                    text.add(name);
                } else if (!NOT_TYPED.contains(type) || type.equals("hidden")) {
                    given.computeIfAbsent(name, n -> new ArrayList<>()).add(input.attr("value"));
                    if (!type.equals("hidden")) {
                        text.add(name);
                    }
                }
            }
            // sent as Enter in a field sends it: with the form's default button (the first submit button)
            Element button = form.selectFirst("button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]");
            if (button != null && button.hasAttr("name")) {
                given.computeIfAbsent(button.attr("name"), n -> new ArrayList<>()).add(button.attr("value"));
            }
            if (text.isEmpty()) {
                return null; // nothing typed: a button, tried by the role tests
            }
            boolean post = form.attr("method").equalsIgnoreCase("post");
            return new Form(page, action, post, given, text);
        }

        String key() {
            return (post ? "POST " : "GET ") + shape(action) + " " + kinds(textFields);
        }

        /** The field names with their line numbers blurred: one line of a sheet stands for the others. */
        static Set<String> kinds(Set<String> fields) {
            Set<String> kinds = new java.util.TreeSet<>();
            fields.forEach(f -> kinds.add(kind(f)));
            return kinds;
        }

        /** The fields as given, with {@code longOnes} replaced by {@link #LONG}. */
        Map<String, List<String>> with(Set<String> longOnes) {
            Map<String, List<String>> params = new LinkedHashMap<>(given);
            for (String name : longOnes) {
                List<String> values = new ArrayList<>();
                for (int i = 0; i < given.get(name).size(); i++) {
                    values.add(LONG);
                }
                params.put(name, values);
            }
            return params;
        }
    }
}
