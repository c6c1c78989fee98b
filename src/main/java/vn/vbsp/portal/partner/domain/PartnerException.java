package vn.vbsp.portal.partner.domain;

/** A change to chapters or contracts that breaks a rule; the field it concerns and the message key that says why. */
public class PartnerException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public PartnerException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
