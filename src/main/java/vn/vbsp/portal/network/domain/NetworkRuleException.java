package vn.vbsp.portal.network.domain;

import vn.vbsp.portal.shared.RuleViolation;

/**
 * A change the office's rules refuse (a code taken, a village name used twice, a record changed meanwhile).
 * {@code field} names the form field the message belongs next to, or is null for the whole form.
 */
public class NetworkRuleException extends RuleViolation {

    public NetworkRuleException(String field, String messageKey) {
        super(field, messageKey);
    }

    /** The record was saved by someone else since the form was opened. */
    public static NetworkRuleException stale() {
        return new NetworkRuleException(null, "network.error.stale");
    }
}
