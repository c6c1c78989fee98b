package vn.vbsp.portal.household.domain;

/** A poverty-review file that cannot be read as a list at all (wrong type, empty, a column missing ...). */
public class PovertyListException extends RuntimeException {

    private final String messageKey;
    private final String detail;

    public PovertyListException(String messageKey, String detail) {
        super(messageKey + (detail == null ? "" : ": " + detail));
        this.messageKey = messageKey;
        this.detail = detail;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The argument of the message ({@code {0}}), or null. */
    public String detail() {
        return detail;
    }
}
