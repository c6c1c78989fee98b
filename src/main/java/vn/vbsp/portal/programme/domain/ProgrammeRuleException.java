package vn.vbsp.portal.programme.domain;

import vn.vbsp.portal.shared.RuleViolation;

/** A change of the catalogue that the rules refuse. */
public class ProgrammeRuleException extends RuleViolation {

    public ProgrammeRuleException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
