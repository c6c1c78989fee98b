package vn.vbsp.portal.savings;

import vn.vbsp.portal.shared.RuleViolation;

/** A savings movement the rules refuse (a withdrawal above the balance, no account); nothing was written. */
public class SavingsRefused extends RuleViolation {

    public SavingsRefused(String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
    }
}
