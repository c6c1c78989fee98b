package vn.vbsp.portal.capital.domain;

/** A plan change the rules refuse; the message key is in {@code i18n/capital.properties}. */
public class CapitalRuleException extends RuntimeException {

    private final String messageKey;

    public CapitalRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
