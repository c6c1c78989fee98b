package vn.vbsp.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One user's browser, reduced to what load and fault tests need: real HTTP to a running portal, its own cookies
 * (so a session can be carried to another instance), the CSRF token read from the pages, redirects seen rather than
 * followed. Not thread-safe: one per simulated user.
 */
public final class PortalClient {

    public record Reply(int status, String location, String body) {
        public boolean redirectedTo(String path) {
            return status == 302 && location != null && location.endsWith(path);
        }
    }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\"\\s+value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    public PortalClient(String base) {
        this.base = base;
    }

    /** The same browser, its cookies and all, now talking to another instance (as behind a proxy). */
    public PortalClient via(String otherBase) {
        this.base = otherBase;
        return this;
    }

    public String base() {
        return base;
    }

    public String sessionCookie() {
        return cookies.get("SESSION");
    }

    /** Signs in with the login form; throws when the portal does not take the password. */
    public PortalClient login(String username, String password) {
        get("/login");
        Reply reply = post("/login", Map.of("username", username, "password", password));
        if (reply.status() != 302 || reply.location() == null || reply.location().contains("/login")) {
            throw new IllegalStateException("Login of " + username + " refused: " + reply.status() + " " + reply.location());
        }
        csrf = null;
        return this;
    }

    public Reply get(String path) {
        Reply reply = send(HttpRequest.newBuilder(uri(path)).GET());
        Matcher m = CSRF.matcher(reply.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return reply;
    }

    /**
     * Opens the page that holds a form, as a user does before posting it, and reads the one-time token the server
     * issued into that form (the hidden {@code token} field of the form with id {@code formId}, or of the first form
     * when it is null). Empty when the page does not hold that form (any more); throws when the page cannot be read.
     */
    public java.util.Optional<String> formToken(String path, String formId) {
        Reply page = get(path);
        if (page.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + page.status());
        }
        String html = page.body();
        int from = 0;
        if (formId != null) {
            from = html.indexOf("id=\"" + formId + "\"");
            if (from < 0) {
                return java.util.Optional.empty();
            }
        }
        int end = html.indexOf("</form>", from);
        Matcher m = TOKEN.matcher(html).region(from, end < 0 ? html.length() : end);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** The token of the first form on the page at {@code path}. */
    public String formToken(String path) {
        return formToken(path, null).orElseThrow(() -> new IllegalStateException("No form token on " + path));
    }

    /** A GET that follows redirects within the portal (at most five), as a browser would. */
    public Reply follow(String path) {
        Reply reply = get(path);
        for (int i = 0; i < 5 && reply.status() == 302 && reply.location() != null; i++) {
            String next = reply.location().startsWith("http") ? URI.create(reply.location()).getRawPath() : reply.location();
            reply = get(next);
        }
        return reply;
    }

    /** A form post carrying the CSRF token of the last page read (one is read first if none was). */
    public Reply post(String path, Map<String, String> fields) {
        if (csrf == null) {
            follow("/");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (csrf != null) {
            form.put("_csrf", csrf);
        }
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart post of one file with text fields, the CSRF token in the URL (as the import form sends it). */
    public Reply upload(String path, String fileName, byte[] content, Map<String, String> fields) {
        if (csrf == null) {
            follow("/");
        }
        String boundary = "----vbsp" + UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        fields.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String sep = path.contains("?") ? "&" : "?";
        return send(HttpRequest.newBuilder(uri(path + sep + "_csrf=" + enc(csrf)))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    private Reply send(HttpRequest.Builder request) {
        request.timeout(Duration.ofMinutes(10));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(this::keep);
            return new Reply(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
            String value = pair.substring(eq + 1);
            if (value.isEmpty()) {
                cookies.remove(pair.substring(0, eq));
            } else {
                cookies.put(pair.substring(0, eq), value);
            }
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
