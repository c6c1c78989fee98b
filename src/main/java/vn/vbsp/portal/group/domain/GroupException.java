package vn.vbsp.portal.group.domain;

import vn.vbsp.portal.shared.RuleViolation;

/** A change to a group that breaks a rule: the form field it concerns, the message key, and its argument if any. */
public class GroupException extends RuleViolation {

    public GroupException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
