package vn.vbsp.portal.programme.domain;

/**
 * A change of the catalogue that the rules refuse. {@code field} is the form field the message belongs next to
 * (null: the whole form); {@code args} fill the message's placeholders.
 */
public class ProgrammeRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public ProgrammeRuleException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
