package vn.vbsp.portal.support.load;

import java.util.Map;
import java.util.Queue;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentLinkedQueue;
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
        /** Times the page with the form could not be read: nothing was posted. */
        public final AtomicInteger unsent = new AtomicInteger();

        public long total() {
            return posted.size() + refused.size() + unanswered.size();
        }
    }

    /** {@code UNSENT}: the page with the form could not be opened, so nothing was posted. */
    public enum Answer { POSTED, REFUSED, UNANSWERED, UNSENT }

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
