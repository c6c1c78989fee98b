package vn.vbsp.portal.loan.web;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.loan.domain.LoanRuleException;

/** Where a refused request's message goes: next to its field, above the form, or onto the next page. */
final class Refusals {

    private Refusals() {
    }

    /** Next to the field the rule names when the form has it, otherwise above the form. */
    static void reject(BindingResult errors, LoanRuleException e) {
        if (e.field() != null && errors.getTarget() != null && hasField(errors, e.field())) {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
        } else {
            errors.reject(e.messageKey(), e.arguments(), e.messageKey());
        }
    }

    /** For an action answered with a redirect: the refusal is shown on the page it leads to. */
    static void flash(RedirectAttributes redirect, LoanRuleException e) {
        redirect.addFlashAttribute("refusal", Notice.of(e));
    }

    static void done(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("notice", Notice.of(key, args));
    }

    private static boolean hasField(BindingResult errors, String field) {
        try {
            return errors.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
