package vn.vbsp.portal.supervision;

/** An inspection that cannot be recorded as given; the message key says why (and the field it concerns). */
public class InspectionRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InspectionRefused(String field, String messageKey) {
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
