package vn.vbsp.portal.household.domain;

import vn.vbsp.portal.shared.RuleViolation;

/** A household change that breaks a rule; {@code field} is the form field it belongs to, null for the whole form. */
public class HouseholdException extends RuleViolation {

    public HouseholdException(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
