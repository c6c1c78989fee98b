package vn.vbsp.portal.user;

/** A user change that breaks a rule; the message key says which, in the user's language. */
public class UserAccountException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public UserAccountException(String field, String messageKey) {
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
