package vn.vbsp.portal.collection.domain;

import vn.vbsp.portal.shared.RuleViolation;

/** Something the transaction day refuses (closing, a disbursement, a reversal); nothing was written. */
public class DayRefused extends RuleViolation {

    public DayRefused(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
