package vn.vbsp.portal.household.domain;

/** A household change that breaks a rule; {@code field} is the form field it belongs to, null for the whole form. */
public class HouseholdException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public HouseholdException(String field, String messageKey) {
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
