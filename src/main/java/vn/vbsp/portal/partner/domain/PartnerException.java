package vn.vbsp.portal.partner.domain;

import vn.vbsp.portal.shared.RuleViolation;

/** A change to chapters or contracts that breaks a rule; the field it concerns and the message key that says why. */
public class PartnerException extends RuleViolation {

    public PartnerException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
