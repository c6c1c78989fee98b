package vn.vbsp.portal.capital.domain;

import vn.vbsp.portal.shared.RuleViolation;

/** A plan change the rules refuse; the message key is in {@code i18n/capital.properties}. */
public class CapitalRuleException extends RuleViolation {

    public CapitalRuleException(String messageKey) {
        super(null, messageKey);
    }
}
