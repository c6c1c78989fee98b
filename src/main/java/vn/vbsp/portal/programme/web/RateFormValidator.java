package vn.vbsp.portal.programme.web;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import vn.vbsp.portal.programme.domain.ProgrammeRules;

/** A rate is a percentage per year from 0 up to (not including) 100, with at most four decimals. */
@Component
class RateFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return RateForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        RateForm form = (RateForm) target;
        if (!errors.hasFieldErrors("annualRate")
                && !Numbers.decimal(form.annualRate()).filter(ProgrammeRules::isValidRate).isPresent()) {
            errors.rejectValue("annualRate", "programme.error.rate-format");
        }
    }
}
