package vn.vbsp.portal.support.load;

import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import vn.vbsp.portal.support.PortalClient;

/**
 * A member of staff posting money over HTTP, as from the loan and application pages, and keeping what each posting
 * was told: done, refused, or no answer (the connection broke). Each posting carries a fresh form token, whose
 * ledger key ({@code PAY:}, {@code INTP:}, {@code DISB:} + token) lets a test find the rows it made. Several tellers may
 * share one {@link Told}.
 */
public final class Teller {

    /** What the clients were told, by ledger key. Thread-safe. */
    public static final class Told {
        public final Queue<String> posted = new ConcurrentLinkedQueue<>();
        public final Queue<String> refused = new ConcurrentLinkedQueue<>();
        public final Queue<String> unanswered = new ConcurrentLinkedQueue<>();

        public long total() {
            return posted.size() + refused.size() + unanswered.size();
        }
    }

    public enum Answer { POSTED, REFUSED, UNANSWERED }

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
        return onLoan("post principal repayment", "PAY:", loanId, "/principal", amount);
    }

    public Answer payInterest(long loanId, long amount) {
        return onLoan("post interest payment", "INTP:", loanId, "/interest", amount);
    }

    /** Sends the same form again with the same token, as a double click would: must post nothing more. */
    public PortalClient.Reply resendPrincipal(long loanId, long amount, String token) {
        return client.post("/loans/" + loanId + "/principal", Map.of("amount", String.valueOf(amount), "token", token));
    }

    public Answer disburse(long applicationId) {
        String token = UUID.randomUUID().toString();
        String key = "DISB:" + token;
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

    private Answer onLoan(String name, String prefix, long loanId, String path, long amount) {
        String token = UUID.randomUUID().toString();
        String key = prefix + token;
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
