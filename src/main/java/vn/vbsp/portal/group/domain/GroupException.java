package vn.vbsp.portal.group.domain;

/** A change to a group that breaks a rule: the form field it concerns, the message key, and its argument if any. */
public class GroupException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object argument;

    public GroupException(String field, String messageKey) {
        this(field, messageKey, null);
    }

    public GroupException(String field, String messageKey, Object argument) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.argument = argument;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return argument == null ? new Object[0] : new Object[] {argument};
    }
}
