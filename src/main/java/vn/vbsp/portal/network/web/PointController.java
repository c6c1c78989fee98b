package vn.vbsp.portal.network.web;

import jakarta.validation.Valid;
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
import vn.vbsp.portal.network.PointDuty;
import vn.vbsp.portal.network.domain.NetworkNotFoundException;
import vn.vbsp.portal.network.domain.NetworkQuery;
import vn.vbsp.portal.network.domain.NetworkQuery.MemberView;
import vn.vbsp.portal.network.domain.NetworkRuleException;
import vn.vbsp.portal.network.domain.TransactionPointService;

/** A commune's transaction point (place, monthly day, active) and its team; ADMIN and STAFF change them. */
@Controller
@RequestMapping("/communes/{communeId}/point")
class PointController {

    private static final String POINT_FORM = "network/point-form";
    private static final String MEMBER_FORM = "network/member-form";

    private final TransactionPointService points;
    private final NetworkQuery query;
    private final CommunePage page;

    PointController(TransactionPointService points, NetworkQuery query, CommunePage page) {
        this.points = points;
        this.query = query;
        this.page = page;
    }

    @GetMapping("/edit")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String edit(@PathVariable long communeId, Model model) {
        model.addAttribute("commune", page.commune(communeId));
        model.addAttribute("form", query.point(communeId).map(PointForm::of).orElseGet(PointForm::empty));
        return POINT_FORM;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String save(@PathVariable long communeId, @Valid @ModelAttribute("form") PointForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        var commune = page.commune(communeId);
        if (!errors.hasErrors()) {
            try {
                points.save(communeId, form.version(), form.place(), form.dayOfMonth(), form.active());
                redirect.addFlashAttribute("flash", "network.flash.point-saved");
                return "redirect:/communes/" + communeId;
            } catch (NetworkRuleException e) {
                e.addTo(errors);
            }
        }
        model.addAttribute("commune", commune);
        return POINT_FORM;
    }

    @PostMapping("/members")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String addMember(@PathVariable long communeId, @Valid @ModelAttribute("memberForm") MemberForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (query.point(communeId).isEmpty()) {
            throw new NetworkNotFoundException("point of commune", communeId);
        }
        if (errors.hasErrors()) {
            return page.show(communeId, model);
        }
        points.addMember(communeId, form.duty(), form.fullName(), form.position());
        redirect.addFlashAttribute("flash", "network.flash.member-added");
        return "redirect:/communes/" + communeId;
    }

    @GetMapping("/members/{memberId}/edit")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String editMember(@PathVariable long communeId, @PathVariable long memberId, Model model) {
        MemberView member = member(communeId, memberId);
        model.addAttribute("form", MemberForm.of(member));
        return memberForm(communeId, member, model);
    }

    @PostMapping("/members/{memberId}")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String updateMember(@PathVariable long communeId, @PathVariable long memberId, @Valid @ModelAttribute("form") MemberForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        MemberView member = member(communeId, memberId);
        if (!errors.hasErrors()) {
            try {
                if (form.version() == null) {
                    throw NetworkRuleException.stale();
                }
                points.updateMember(communeId, memberId, form.version(), form.duty(), form.fullName(), form.position());
                redirect.addFlashAttribute("flash", "network.flash.member-updated");
                return "redirect:/communes/" + communeId;
            } catch (NetworkRuleException e) {
                e.addTo(errors);
            }
        }
        return memberForm(communeId, member, model);
    }

    @PostMapping("/members/{memberId}/delete")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF')")
    String removeMember(@PathVariable long communeId, @PathVariable long memberId, RedirectAttributes redirect) {
        points.removeMember(communeId, memberId);
        redirect.addFlashAttribute("flash", "network.flash.member-removed");
        return "redirect:/communes/" + communeId;
    }

    private MemberView member(long communeId, long memberId) {
        return query.point(communeId).stream().flatMap(p -> p.members().stream())
                .filter(m -> m.id() == memberId).findFirst()
                .orElseThrow(() -> new NetworkNotFoundException("point member", memberId));
    }

    private String memberForm(long communeId, MemberView member, Model model) {
        model.addAttribute("commune", page.commune(communeId));
        model.addAttribute("member", member);
        model.addAttribute("duties", PointDuty.values());
        return MEMBER_FORM;
    }
}
