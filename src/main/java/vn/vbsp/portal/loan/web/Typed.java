package vn.vbsp.portal.loan.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.shared.Money;

/**
 * What was typed into a form of the loan page that could not be read (an amount that is not whole đồng), carried
 * across the redirect so that the page shows the form again with the text as typed and the message at its field.
 *
 * @param form the form's id on the page ({@code principal-form}, …)
 * @param values the texts typed, by field name
 * @param field the field refused
 * @param messageKey its message
 */
record Typed(String form, Map<String, String> values, String field, String messageKey) implements Serializable {

    static final String ATTRIBUTE = "typed";
    private static final String MONEY = "typeMismatch." + Money.class.getName();

    /** True (and the form kept for the next page) when binding refused a field; nothing was posted then. */
    static boolean refused(BindingResult errors, String form, Map<String, String> typed, RedirectAttributes redirect) {
        FieldError error = errors.getFieldError();
        if (error == null) {
            return false;
        }
        Map<String, String> values = new HashMap<>(typed);
        values.remove("_csrf");
        values.remove("token");
        String key = error.getCodes() == null ? "typeMismatch" : mostSpecific(error);
        redirect.addFlashAttribute(ATTRIBUTE, new Typed(form, Map.copyOf(values), error.getField(), key));
        return true;
    }

    /** The text to show again in {@code field} of {@code form}, or null when this is about another form or field. */
    public String value(String form, String field) {
        return this.form.equals(form) ? values.get(field) : null;
    }

    public boolean refuses(String form, String field) {
        return this.form.equals(form) && this.field.equals(field);
    }

    /** The shared money message for an amount; the shell's generic one for anything else (a date, a number). */
    private static String mostSpecific(FieldError error) {
        for (String code : error.getCodes()) {
            if (code.equals(MONEY)) {
                return code;
            }
        }
        return "typeMismatch";
    }
}
