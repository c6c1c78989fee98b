package vn.vbsp.portal.network.domain;

/**
 * A change the office's rules refuse (a code taken, a village name used twice, a record changed meanwhile).
 * {@code field} names the form field the message belongs next to, or is null for the whole form.
 */
public class NetworkRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public NetworkRuleException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The record was saved by someone else since the form was opened. */
    public static NetworkRuleException stale() {
        return new NetworkRuleException(null, "network.error.stale");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
