package vn.vbsp.portal.loan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.loan.domain.ApplicationQuery;
import vn.vbsp.portal.loan.domain.Borrowers;
import vn.vbsp.portal.loan.domain.LoanNotFoundException;
import vn.vbsp.portal.loan.domain.LoanRuleException;
import vn.vbsp.portal.loan.domain.ReviewService;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.user.CurrentUser;

/**
 * The group's review meeting (10/TD) and the commune's certification (03/TD): pick the group or commune, mark each
 * application waiting there, record.
 */
@Controller
class ReviewController {

    private final ReviewService reviews;
    private final ApplicationQuery query;
    private final Borrowers borrowers;
    private final CommuneDirectory communes;
    private final Clock clock;

    ReviewController(ReviewService reviews, ApplicationQuery query, Borrowers borrowers, CommuneDirectory communes,
            Clock clock) {
        this.reviews = reviews;
        this.query = query;
        this.borrowers = borrowers;
        this.communes = communes;
        this.clock = clock;
    }

    @GetMapping("/loans/reviews")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String review(@RequestParam(required = false) Long groupId, Model model) {
        model.addAttribute("groups", query.groupsWaiting());
        model.addAttribute("today", LocalDate.now(clock));
        if (groupId != null) {
            model.addAttribute("group", borrowers.group(groupId).orElseThrow(() -> new LoanNotFoundException("group", groupId)));
            model.addAttribute("waiting", query.submittedOfGroup(groupId));
        }
        return "loan/review";
    }

    /** The meeting's word on each application comes as {@code decision_<id>} (AGREED, REFUSED or empty) and {@code note_<id>}. */
    @PostMapping("/loans/reviews")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String recordReview(@RequestParam(required = false) Long groupId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String attendees, @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        if (groupId == null) {
            return "redirect:/loans/reviews";
        }
        List<ReviewService.Verdict> verdicts = new ArrayList<>();
        params.forEach((name, value) -> {
            if (name.matches("decision_[0-9]{1,18}") && ("AGREED".equals(value) || "REFUSED".equals(value))) {
                long applicationId = Long.parseLong(name.substring("decision_".length()));
                verdicts.add(new ReviewService.Verdict(applicationId, "AGREED".equals(value), params.get("note_" + applicationId)));
            }
        });
        try {
            reviews.recordReview(groupId, heldOn, attendees, verdicts, CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.reviewed");
            return "redirect:/loans/reviews";
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
            return "redirect:/loans/reviews?groupId=" + groupId;
        }
    }

    @GetMapping("/loans/certifications")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String certification(@RequestParam(required = false) Long communeId, Model model) {
        model.addAttribute("communes", query.communesWaiting());
        model.addAttribute("today", LocalDate.now(clock));
        if (communeId != null) {
            model.addAttribute("commune", communes.find(communeId)
                    .orElseThrow(() -> new LoanNotFoundException("commune", communeId)));
            model.addAttribute("waiting", query.readyForCertification(communeId));
        }
        return "loan/certification";
    }

    @PostMapping("/loans/certifications")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String certify(@RequestParam(required = false) Long communeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate certifiedOn,
            @RequestParam(required = false) String reference,
            @RequestParam(name = "applicationIds", required = false) List<Long> applicationIds,
            RedirectAttributes redirect) {
        if (communeId == null) {
            return "redirect:/loans/certifications";
        }
        try {
            reviews.certify(communeId, certifiedOn, reference, applicationIds == null ? List.of() : applicationIds,
                    CurrentUser.username());
            redirect.addFlashAttribute("flash", "loan.flash.certified");
            return "redirect:/loans/certifications";
        } catch (LoanRuleException e) {
            Refusals.flash(redirect, e);
            return "redirect:/loans/certifications?communeId=" + communeId;
        }
    }
}
