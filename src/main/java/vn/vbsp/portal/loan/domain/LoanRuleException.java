package vn.vbsp.portal.loan.domain;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.vbsp.portal.shared.RuleViolation;

/**
 * Something the lending rules refuse: the message key (in {@code i18n/loan.properties}) and its arguments, already
 * written the way the message shows them ({@code 12.000.000 ₫}, {@code 05/03/2026}). {@code field} names the form
 * field the message belongs next to, or is null. Nothing has been written when it is thrown.
 */
public class LoanRuleException extends RuleViolation {

    public LoanRuleException(String messageKey, Object... args) {
        super(null, messageKey, args);
    }

    private LoanRuleException(String field, String messageKey, Object[] args) {
        super(field, messageKey, args);
    }

    /** A refusal whose message belongs next to the form field {@code field}. */
    public static LoanRuleException at(String field, String messageKey, Object... args) {
        return new LoanRuleException(field, messageKey, args);
    }

    /** A message argument that is itself a message (a status, a category), shown in the reader's language. */
    public static MessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }
}
