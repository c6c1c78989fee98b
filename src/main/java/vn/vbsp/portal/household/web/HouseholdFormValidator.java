package vn.vbsp.portal.household.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import vn.vbsp.portal.household.domain.CccdRule;

/** The household form's rules beyond single-field annotations: CCCD, date of birth, sex, phone, member rows. */
@Component
class HouseholdFormValidator implements Validator {

    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern PHONE = Pattern.compile("(\\+84|0)[0-9]{9,10}");

    private final Clock clock;

    HouseholdFormValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supports(Class<?> type) {
        return HouseholdForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        HouseholdForm form = (HouseholdForm) target;
        if (!errors.hasFieldErrors("cccd")) {
            CccdRule.problem(CccdRule.normalise(form.cccd())).ifPresent(key -> errors.rejectValue("cccd", key));
        }
        if (form.birthDate() != null && !form.birthDate().isBlank()) {
            LocalDate date = parseDate(form.birthDate());
            if (date == null) {
                errors.rejectValue("birthDate", "household.error.date-format");
            } else if (date.isAfter(LocalDate.now(clock)) || date.getYear() < 1900) {
                errors.rejectValue("birthDate", "household.error.birth-date");
            }
        }
        if (form.sex() != null && !form.sex().isBlank() && !List.of("M", "F").contains(form.sex())) {
            errors.rejectValue("sex", "household.error.sex");
        }
        if (form.phone() != null && !form.phone().isBlank() && !PHONE.matcher(normalisePhone(form.phone())).matches()) {
            errors.rejectValue("phone", "household.error.phone");
        }
        List<HouseholdForm.MemberForm> members = form.members();
        for (int i = 0; i < members.size(); i++) {
            HouseholdForm.MemberForm member = members.get(i);
            if (member == null || member.isEmpty()) {
                continue;
            }
            String path = "members[" + i + "].";
            if (member.fullName() == null || member.fullName().isBlank()) {
                errors.rejectValue(path + "fullName", "household.error.member-name");
            }
            if (member.relation() == null || member.relation().isBlank()) {
                errors.rejectValue(path + "relation", "household.error.member-relation");
            }
        }
    }

    /** dd/MM/yyyy (a single-digit day or month too), or yyyy-MM-dd as a date input sends it; null if neither. */
    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, DAY_MONTH_YEAR);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String normalisePhone(String phone) {
        return phone.replaceAll("[\\s.\\-]", "");
    }
}
