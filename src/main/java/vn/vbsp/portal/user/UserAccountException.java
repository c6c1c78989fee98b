package vn.vbsp.portal.user;

import vn.vbsp.portal.shared.RuleViolation;

/** A user change that breaks a rule; the message key says which, in the user's language. */
public class UserAccountException extends RuleViolation {

    public UserAccountException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
