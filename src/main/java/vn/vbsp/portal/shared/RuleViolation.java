package vn.vbsp.portal.shared;

import org.springframework.validation.Errors;

/**
 * A change the office's rules refuse: the form field the message belongs next to (null for the whole form),
 * the message key that says why in the user's language, and the values its placeholders take.
 * Each module names its own subclass; screens show any of them the same way, with {@link #addTo(Errors)}.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Puts the refusal next to its field, or on the whole form when it concerns no one field. */
    public void addTo(Errors errors) {
        if (field == null) {
            errors.reject(messageKey, arguments(), null);
        } else {
            errors.rejectValue(field, messageKey, arguments(), null);
        }
    }
}
