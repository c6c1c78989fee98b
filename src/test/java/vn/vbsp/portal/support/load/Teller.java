package vn.vbsp.portal.support.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbsp.portal.support.CsvText;
import vn.vbsp.portal.support.PortalClient;

/**
 * A member of staff posting money over HTTP, as from the loan and application pages, and keeping what each posting
 * was told: done, refused, or no answer (the connection broke). Like a user, a teller first opens the page that holds
 * the form and posts it with the one-time token the server issued into it; the posting's ledger key ({@code PAY:},
 * {@code INTP:}, {@code DISB:} + that token) lets a test find the rows it made. Several tellers may share one
 * {@link Told}.
 */
public final class Teller {

    /** What the clients were told, by ledger key. Thread-safe. */
    public static final class Told {
        public final Queue<String> posted = new ConcurrentLinkedQueue<>();
        public final Queue<String> refused = new ConcurrentLinkedQueue<>();
        public final Queue<String> unanswered = new ConcurrentLinkedQueue<>();
        /** The loan (or, for a disbursement, the application) each key was posted to. */
        public final Map<String, Long> target = new ConcurrentHashMap<>();
        /** Times the page no longer held the form (the application already paid out): nothing could be posted. */
        public final AtomicInteger formGone = new AtomicInteger();
        /** Times the page with the form (or the sheet to fill in) could not be read: nothing was posted. */
        public final AtomicInteger unsent = new AtomicInteger();
        /** Every upload of a filled sheet with what it was told. */
        public final Queue<SheetAnswer> sheets = new ConcurrentLinkedQueue<>();

        public long total() {
            return posted.size() + refused.size() + unanswered.size();
        }
    }

    /**
     * {@code UNSENT}: the page with the form could not be opened, so nothing was posted; {@code ALREADY_POSTED}: the
     * same sheet file had posted before, nothing more was posted (sheets only).
     */
    public enum Answer { POSTED, REFUSED, UNANSWERED, UNSENT, ALREADY_POSTED }

    /** What one line of a filled sheet pays, in đồng. */
    public record Paid(long interest, long principal) {
    }

    /**
     * A commune's day sheet as a teller filled it in: the file to upload (with the make-up day's reason, or null) and,
     * by loan number, the lines it pays; the lines of other groups stay empty (not posted).
     */
    public record Sheet(String communeCode, LocalDate date, String groupCode, String reason, byte[] file,
            Map<String, Paid> lines) {

        /** The day's path, {@code /transaction-days/{commune}/{date}}. */
        public String day() {
            return "/transaction-days/" + communeCode + "/" + date;
        }

        /** The batch the portal records for this file (the upload names it by the file's SHA-256). */
        public String source() {
            try {
                return "sheet-file:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return day() + " group " + groupCode + " (" + lines.size() + " lines)";
        }
    }

    /** One upload of a sheet and what the teller was told; {@code linesPosted} as the result page said (0 if none). */
    public record SheetAnswer(Sheet sheet, Answer answer, int linesPosted) {
    }

    /** The result page's words for a file that had posted before ({@code daysheet.posted.repeated}). */
    private static final String ALREADY = "đã được ghi trước đây";
    private static final Pattern LINES_POSTED = Pattern.compile("data-kind=\"lines\">(\\d+)<");

    private final PortalClient client;
    private final Latencies latencies;
    private final Told told;

    public Teller(PortalClient client, Latencies latencies, Told told) {
        this.client = client;
        this.latencies = latencies;
        this.told = told;
    }

    public PortalClient client() {
        return client;
    }

    public Answer repayPrincipal(long loanId, long amount) {
        return onLoan("post principal repayment", "PAY:", loanId, "/principal", "principal-form", amount);
    }

    public Answer payInterest(long loanId, long amount) {
        return onLoan("post interest payment", "INTP:", loanId, "/interest", "interest-form", amount);
    }

    /**
     * Sends the same form again with the same token, as a double click would: must post nothing more (the portal
     * answers 409, the token being used up).
     */
    public PortalClient.Reply resendPrincipal(long loanId, long amount, String token) {
        return client.post("/loans/" + loanId + "/principal", Map.of("amount", String.valueOf(amount), "token", token));
    }

    public Answer disburse(long applicationId) {
        Optional<String> form;
        try {
            form = client.formToken("/loans/applications/" + applicationId, "disburse-form");
        } catch (RuntimeException broken) {
            told.unsent.incrementAndGet();
            return Answer.UNSENT;
        }
        if (form.isEmpty()) {
            // the other teller paid it out first: the page says so and offers no form
            told.formGone.incrementAndGet();
            return Answer.REFUSED;
        }
        String token = form.get();
        String key = "DISB:" + token;
        told.target.put(key, applicationId);
        try {
            PortalClient.Reply reply = latencies.time("post disbursement", () ->
                    client.post("/loans/applications/" + applicationId + "/disburse", Map.of("token", token)));
            if (reply.status() == 302 && reply.location() != null && reply.location().matches(".*/loans/\\d+$")) {
                return note(Answer.POSTED, key);
            }
            return note(reply.status() == 302 ? Answer.REFUSED : Answer.UNANSWERED, key);
        } catch (RuntimeException broken) {
            return note(Answer.UNANSWERED, key);
        }
    }

    /**
     * Downloads the commune's day sheet and uploads it filled in with what is due on the lines of one group, as a
     * teller back from the commune would. {@code UNSENT} when the sheet could not be downloaded.
     */
    public Answer postSheet(String communeCode, LocalDate date, String groupCode, String reason) {
        Sheet sheet;
        try {
            sheet = fillSheet(communeCode, date, groupCode, reason);
        } catch (RuntimeException broken) {
            told.unsent.incrementAndGet();
            return Answer.UNSENT;
        }
        return postSheet(sheet);
    }

    /**
     * The day's sheet (CSV, CONTRACT §7) downloaded and filled in on the lines of group {@code groupCode} ({@code ""}
     * for the direct loans, null for every line): {@code pay_interest} as {@code interest_due}, {@code pay_principal}
     * as {@code principal_due}; lines owing nothing stay empty. Throws when the sheet cannot be downloaded.
     */
    public Sheet fillSheet(String communeCode, LocalDate date, String groupCode, String reason) {
        String day = "/transaction-days/" + communeCode + "/" + date;
        PortalClient.Reply download = latencies.time("download a commune day's sheet (CSV)", () -> client.get(day + "/sheet.csv"));
        if (download.status() != 200) {
            throw new IllegalStateException("GET " + day + "/sheet.csv answered " + download.status());
        }
        List<String[]> rows = CsvText.parse(download.body().getBytes(StandardCharsets.UTF_8));
        List<String> header = Arrays.asList(rows.get(0));
        int group = header.indexOf("group_code");
        int loanNo = header.indexOf("loan_no");
        int interestDue = header.indexOf("interest_due");
        int principalDue = header.indexOf("principal_due");
        int payInterest = header.indexOf("pay_interest");
        int payPrincipal = header.indexOf("pay_principal");
        Map<String, Paid> lines = new LinkedHashMap<>();
        StringBuilder file = new StringBuilder("\uFEFF").append(csvLine(rows.get(0)));
        for (String[] row : rows.subList(1, rows.size())) {
            long interest = Long.parseLong(row[interestDue]);
            long principal = Long.parseLong(row[principalDue]);
            if ((groupCode == null || groupCode.equals(row[group])) && (interest > 0 || principal > 0)) {
                row[payInterest] = interest > 0 ? Long.toString(interest) : "";
                row[payPrincipal] = principal > 0 ? Long.toString(principal) : "";
                lines.put(row[loanNo], new Paid(interest, principal));
            }
            file.append(csvLine(row));
        }
        return new Sheet(communeCode, date, groupCode, reason, file.toString().getBytes(StandardCharsets.UTF_8), lines);
    }

    /**
     * Uploads a filled sheet ({@code POST …/sheet}, multipart {@code file} and {@code reason}) and notes what the page
     * said: posted (with how many lines), already posted (the same file had posted: nothing more), refused (wrong
     * lines listed, nothing posted), or no answer.
     */
    public Answer postSheet(Sheet sheet) {
        Map<String, String> fields = sheet.reason() == null ? Map.of() : Map.of("reason", sheet.reason());
        long started = System.nanoTime();
        PortalClient.Reply reply;
        try {
            reply = client.upload(sheet.day() + "/sheet", "13TD-" + sheet.communeCode() + ".csv", sheet.file(), fields);
        } catch (RuntimeException broken) {
            return sheetNote(sheet, Answer.UNANSWERED, 0);
        }
        long took = System.nanoTime() - started;
        String page = reply.body();
        if (reply.status() == 200 && page.contains("id=\"sheet-posted\"")) {
            Matcher lines = LINES_POSTED.matcher(page);
            int posted = lines.find() ? Integer.parseInt(lines.group(1)) : -1;
            boolean again = page.contains(ALREADY);
            latencies.record(again ? "sheet sent again (already posted)" : "post a sheet (upload, one group)", took);
            return sheetNote(sheet, again ? Answer.ALREADY_POSTED : Answer.POSTED, posted);
        }
        if (reply.status() == 200 && page.contains("id=\"sheet-wrong\"")) {
            latencies.record("sheet refused (upload)", took);
            return sheetNote(sheet, Answer.REFUSED, 0);
        }
        return sheetNote(sheet, Answer.UNANSWERED, 0);
    }

    private Answer sheetNote(Sheet sheet, Answer answer, int linesPosted) {
        told.sheets.add(new SheetAnswer(sheet, answer, linesPosted));
        return answer;
    }

    private static String csvLine(String[] fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i];
            line.append(i > 0 ? "," : "").append(field.contains(",") || field.contains("\"")
                    ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        return line.append("\r\n").toString();
    }

    private Answer onLoan(String name, String prefix, long loanId, String path, String formId, long amount) {
        String token;
        try {
            token = client.formToken("/loans/" + loanId, formId)
                    .orElseThrow(() -> new IllegalStateException("loan " + loanId + " has no " + formId));
        } catch (RuntimeException broken) {
            told.unsent.incrementAndGet();
            return Answer.UNSENT;
        }
        String key = prefix + token;
        told.target.put(key, loanId);
        try {
            PortalClient.Reply reply = latencies.time(name, () -> client.post("/loans/" + loanId + path,
                    Map.of("amount", String.valueOf(amount), "token", token)));
            if (reply.status() != 302) {
                return note(Answer.UNANSWERED, key);
            }
            String page = client.get("/loans/" + loanId).body();
            if (page.contains("id=\"refusal\"")) {
                return note(Answer.REFUSED, key);
            }
            return note(page.contains("alert alert-success") ? Answer.POSTED : Answer.UNANSWERED, key);
        } catch (RuntimeException broken) {
            return note(Answer.UNANSWERED, key);
        }
    }

    private Answer note(Answer answer, String key) {
        switch (answer) {
            case POSTED -> told.posted.add(key);
            case REFUSED -> told.refused.add(key);
            default -> told.unanswered.add(key);
        }
        return answer;
    }
}
