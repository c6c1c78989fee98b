package vn.vbsp.portal.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A new rate: from which day, how much per year (in percent, as typed), on which decision. */
record RateForm(
        @NotNull(message = "{programme.error.date-required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
        @NotBlank(message = "{programme.error.rate-format}") String annualRate,
        @NotBlank @Size(max = 100) String decision) {

    static RateForm empty() {
        return new RateForm(null, "", "");
    }

    /** Only after {@link RateFormValidator} found no error. */
    BigDecimal rate() {
        return Numbers.decimal(annualRate).orElseThrow();
    }
}
