package vn.vbsp.portal.group.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.group.GroupRating;
import vn.vbsp.portal.group.domain.GroupDetail;
import vn.vbsp.portal.group.domain.GroupException;
import vn.vbsp.portal.group.domain.GroupNotFoundException;
import vn.vbsp.portal.group.domain.GroupQuery;
import vn.vbsp.portal.group.domain.GroupService;
import vn.vbsp.portal.group.domain.MemberRow;
import vn.vbsp.portal.group.domain.MemberTotals;
import vn.vbsp.portal.group.domain.Notice;
import vn.vbsp.portal.group.domain.RatingProposalService;
import vn.vbsp.portal.group.RatingProposals;
import vn.vbsp.portal.shared.SubmitOnce;
import vn.vbsp.portal.user.CurrentUser;

/**
 * A group's page, and what is changed on it: by ADMIN and STAFF leader and deputy, the yearly rating, a member leaving;
 * by an association officer of the group a rating proposal, which the DIRECTOR confirms or rejects.
 */
@Controller
@RequestMapping("/groups/{id}")
class GroupPageController {

    private final GroupQuery query;
    private final GroupService service;
    private final RatingProposalService proposals;
    private final RatingProposals proposalQuery;
    private final Clock clock;

    GroupPageController(GroupQuery query, GroupService service, RatingProposalService proposals,
            RatingProposals proposalQuery, Clock clock) {
        this.query = query;
        this.service = service;
        this.proposals = proposals;
        this.proposalQuery = proposalQuery;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        return page(visible(id), model);
    }

    @PostMapping("/leaders")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String setLeaders(@PathVariable long id, @Valid @ModelAttribute("leadersForm") LeadersForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        GroupDetail group = visible(id);
        if (!errors.hasErrors()) {
            try {
                service.setLeaders(id, form.leaderHouseholdId(), form.deputyHouseholdId());
                redirect.addFlashAttribute("flash", "group.flash.leaders-set");
                return "redirect:/groups/" + id;
            } catch (GroupException e) {
                e.addTo(errors);
            }
        }
        return page(group, model);
    }

    @PostMapping("/ratings")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String rate(@PathVariable long id, @Valid @ModelAttribute("ratingForm") RatingForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        GroupDetail group = visible(id);
        if (!errors.hasErrors()) {
            try {
                boolean replaced = service.rate(id, form.year(), form.rating(), form.ratedOn(), form.note());
                redirect.addFlashAttribute("flash", replaced ? "group.flash.rating-replaced" : "group.flash.rated");
                return "redirect:/groups/" + id;
            } catch (GroupException e) {
                e.addTo(errors);
            }
        }
        return page(group, model);
    }

    @PostMapping("/rating-proposals")
    @PreAuthorize("hasRole('ASSOCIATION')")
    @SubmitOnce
    String propose(@PathVariable long id, @Valid @ModelAttribute("proposalForm") ProposalForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        GroupDetail group = visible(id);
        if (!errors.hasErrors()) {
            try {
                proposals.propose(id, form.year(), form.rating(), form.note(), CurrentUser.scope(), CurrentUser.username());
                redirect.addFlashAttribute("flash", "group.flash.proposed");
                return "redirect:/groups/" + id + "#rating-proposals";
            } catch (GroupException e) {
                e.addTo(errors);
            }
        }
        return page(group, model);
    }

    @PostMapping("/rating-proposals/{proposalId}/confirm")
    @PreAuthorize("hasRole('DIRECTOR')")
    @SubmitOnce
    String confirm(@PathVariable long id, @PathVariable long proposalId, RedirectAttributes redirect) {
        visible(id);
        try {
            boolean replaced = proposals.confirm(id, proposalId, CurrentUser.username());
            redirect.addFlashAttribute("flash", replaced ? "group.flash.proposal-confirmed-replaced" : "group.flash.proposal-confirmed");
        } catch (GroupException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/groups/" + id + "#rating-proposals";
    }

    @PostMapping("/rating-proposals/{proposalId}/reject")
    @PreAuthorize("hasRole('DIRECTOR')")
    @SubmitOnce
    String reject(@PathVariable long id, @PathVariable long proposalId,
            @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        GroupDetail group = visible(id);
        if (!errors.hasErrors()) {
            try {
                proposals.reject(id, proposalId, form.reason(), CurrentUser.username());
                redirect.addFlashAttribute("flash", "group.flash.proposal-rejected");
                return "redirect:/groups/" + id + "#rating-proposals";
            } catch (GroupException e) {
                if (e.field() == null) {
                    redirect.addFlashAttribute("flashError", e.messageKey());
                    return "redirect:/groups/" + id + "#rating-proposals";
                }
                e.addTo(errors);
            }
        }
        // the page shows the error next to that proposal
        model.addAttribute("rejectProposalId", proposalId);
        return page(group, model);
    }

    @PostMapping("/members/{memberId}/leave")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String leave(@PathVariable long id, @PathVariable long memberId, @ModelAttribute("leaveForm") LeaveForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        GroupDetail group = visible(id);
        if (!errors.hasErrors()) {
            try {
                List<Notice> notices = service.removeMember(id, memberId, form.leftOn());
                redirect.addFlashAttribute("flash", "group.flash.member-left");
                redirect.addFlashAttribute("notices", notices);
                return "redirect:/groups/" + id;
            } catch (GroupException e) {
                e.addTo(errors);
            }
        }
        // the page shows the error in that member's row
        model.addAttribute("leaveMemberId", memberId);
        return page(group, model);
    }

    /** The group if it exists and the reader may see it; otherwise 404, the same for both. */
    private GroupDetail visible(long id) {
        return query.detail(id, CurrentUser.scope()).orElseThrow(() -> new GroupNotFoundException("group " + id));
    }

    private String page(GroupDetail group, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<MemberRow> members = query.members(group.id(), today);
        model.addAttribute("today", today);
        model.addAttribute("group", group);
        model.addAttribute("members", members);
        model.addAttribute("activeMembers", members.stream().filter(MemberRow::active).toList());
        model.addAttribute("totals", MemberTotals.of(members));
        model.addAttribute("ratingHistory", query.ratings(group.id()));
        model.addAttribute("ratings", GroupRating.values());
        if (!model.containsAttribute("leadersForm")) {
            model.addAttribute("leadersForm", new LeadersForm(group.leaderHouseholdId(), group.deputyHouseholdId()));
        }
        if (!model.containsAttribute("ratingForm")) {
            model.addAttribute("ratingForm", new RatingForm(today.getYear(), null, today, ""));
        }
        model.addAttribute("proposals", proposalQuery.ofGroup(group.id()));
        if (!model.containsAttribute("proposalForm")) {
            model.addAttribute("proposalForm", new ProposalForm(today.getYear(), null, ""));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm(""));
        }
        if (!model.containsAttribute("leaveForm")) {
            model.addAttribute("leaveForm", new LeaveForm(null, today));
        }
        return "group/show";
    }
}
