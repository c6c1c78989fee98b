package vn.vbsp.portal.programme.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import vn.vbsp.portal.programme.domain.ProgrammeRules;

/** The numbers of a programme's terms: overdue rate %, ceiling in đồng (may be empty), longest term (may be empty). */
@Component
class ProgrammeFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return ProgrammeForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ProgrammeForm form = (ProgrammeForm) target;
        if (!errors.hasFieldErrors("overdueRatePct")
                && !Numbers.decimal(form.overdueRatePct()).filter(ProgrammeRules::isValidOverdueRatePct).isPresent()) {
            errors.rejectValue("overdueRatePct", "programme.error.overdue-rate-format");
        }
        if (!errors.hasFieldErrors("ceiling") && form.ceiling() != null && !form.ceiling().isPositive()) {
            errors.rejectValue("ceiling", "programme.error.ceiling-format");
        }
        if (!Numbers.isBlank(form.maxTermMonths())
                && !Numbers.whole(form.maxTermMonths()).filter(ProgrammeRules::isValidTerm).isPresent()) {
            errors.rejectValue("maxTermMonths", "programme.error.term-format", new Object[] {ProgrammeRules.MAX_TERM_MONTHS}, null);
        }
    }
}
