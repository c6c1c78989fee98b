package vn.vbsp.portal.collection.web;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.collection.domain.DayClosing;
import vn.vbsp.portal.collection.domain.DayCorrections;
import vn.vbsp.portal.collection.domain.DayRefused;
import vn.vbsp.portal.collection.domain.PointDisbursements;
import vn.vbsp.portal.shared.MoneyText;
import vn.vbsp.portal.shared.RuleViolation;
import vn.vbsp.portal.user.CurrentUser;
import vn.vbsp.portal.user.Role;

/** What else happens on a commune's day: paying out approved loans, closing the day, a director's reversal. */
@Controller
@RequestMapping("/transaction-days/{communeCode}/{date}")
class DayActionsController {

    private final PointDisbursements disbursements;
    private final DayClosing closing;
    private final DayCorrections corrections;
    private final MessageSource messages;

    DayActionsController(PointDisbursements disbursements, DayClosing closing, DayCorrections corrections,
            MessageSource messages) {
        this.messages = messages;
        this.disbursements = disbursements;
        this.closing = closing;
        this.corrections = corrections;
    }

    @PostMapping("/disburse/{applicationId}")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String disburse(@PathVariable String communeCode,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable long applicationId,
            @RequestParam(required = false) String token, RedirectAttributes redirect, Locale locale) {
        try {
            disbursements.disburse(communeCode, date, applicationId, token, CurrentUser.username());
            redirect.addFlashAttribute("flash", "collection.flash.disbursed");
        } catch (RuleViolation e) {
            refusal(redirect, e, locale);
        }
        return day(communeCode, date) + "#disbursements";
    }

    @PostMapping("/close")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF','DIRECTOR')")
    String close(@PathVariable String communeCode,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String countedCash, @RequestParam(required = false) String note,
            RedirectAttributes redirect, Locale locale) {
        try {
            if (MoneyText.isBlank(countedCash)) {
                throw new DayRefused("countedCash",
                        "collection.close.error.counted-required");
            }
            closing.close(communeCode, date, MoneyText.parse(countedCash), note, CurrentUser.username(),
                    CurrentUser.get().scope().role() == Role.DIRECTOR);
            redirect.addFlashAttribute("flash", "collection.flash.closed");
        } catch (MoneyText.Unreadable e) {
            refusal(redirect, e.messageKey(), new Object[] {e.text()}, locale);
            redirect.addFlashAttribute("countedCash", countedCash);
            redirect.addFlashAttribute("closeNote", note);
        } catch (RuleViolation e) {
            refusal(redirect, e, locale);
            redirect.addFlashAttribute("countedCash", countedCash);
            redirect.addFlashAttribute("closeNote", note);
        }
        return day(communeCode, date) + "#closing";
    }

    @PostMapping("/lines/{lineId}/reverse")
    @PreAuthorize("hasRole('DIRECTOR')")
    String reverse(@PathVariable String communeCode,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @PathVariable long lineId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
        try {
            corrections.reverseLine(lineId, reason, CurrentUser.username());
            redirect.addFlashAttribute("flash", "collection.flash.reversed");
        } catch (RuleViolation e) {
            refusal(redirect, e, locale);
        }
        return day(communeCode, date) + "#reversals";
    }

    private void refusal(RedirectAttributes redirect, RuleViolation e, Locale locale) {
        refusal(redirect, e.messageKey(), e.arguments(), locale);
    }

    private void refusal(RedirectAttributes redirect, String key, Object[] args, Locale locale) {
        redirect.addFlashAttribute("refusal", messages.getMessage(key, args, key, locale));
    }

    private static String day(String communeCode, LocalDate date) {
        return "redirect:/transaction-days/" + communeCode + "/" + date;
    }
}
