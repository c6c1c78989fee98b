package vn.vbsp.portal.shared;

/**
 * A request parameter a page cannot take (a quarter {@code 2026-Q5}, a month {@code 2026-13}): answered 400 with the
 * message of {@code messageKey}, never a 500.
 */
public class BadParameter extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BadParameter(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
