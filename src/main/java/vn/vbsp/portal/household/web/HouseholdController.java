package vn.vbsp.portal.household.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.vbsp.portal.shared.PovertyCategory;
import vn.vbsp.portal.household.domain.HouseholdCriteria;
import vn.vbsp.portal.household.domain.HouseholdDetail;
import vn.vbsp.portal.household.domain.HouseholdException;
import vn.vbsp.portal.household.domain.HouseholdNotFoundException;
import vn.vbsp.portal.household.domain.HouseholdQuery;
import vn.vbsp.portal.household.domain.HouseholdRow;
import vn.vbsp.portal.household.domain.HouseholdService;
import vn.vbsp.portal.loan.LoanBook;
import vn.vbsp.portal.loan.LoanLine;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.savings.SavingsBook;
import vn.vbsp.portal.savings.SavingsLine;
import vn.vbsp.portal.shared.Money;
import vn.vbsp.portal.user.CurrentUser;
import vn.vbsp.portal.user.UserScope;

/**
 * Households: the searchable list and each household's page for every signed-in role (an officer within their
 * scope), registering and editing for ADMIN and STAFF. Adding or removing a member row re-shows the form without
 * saving, so the form works without scripts.
 */
@Controller
@RequestMapping("/households")
class HouseholdController {

    static final int PAGE_SIZE = 25;
    private static final String EDITORS = "hasAnyRole('ADMIN','STAFF')";
    private static final String FORM = "household/form";

    private final HouseholdQuery query;
    private final HouseholdService service;
    private final LoanBook loans;
    private final SavingsBook savings;
    private final CommuneDirectory communes;
    private final HouseholdFormValidator validator;
    private final Clock clock;

    HouseholdController(HouseholdQuery query, HouseholdService service, LoanBook loans, SavingsBook savings,
            CommuneDirectory communes, HouseholdFormValidator validator, Clock clock) {
        this.query = query;
        this.service = service;
        this.loans = loans;
        this.savings = savings;
        this.communes = communes;
        this.validator = validator;
        this.clock = clock;
    }

    @InitBinder("form")
    void formBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @ModelAttribute("categories")
    PovertyCategory[] categories() {
        return PovertyCategory.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long commune,
            @RequestParam(required = false) PovertyCategory category, @RequestParam(defaultValue = "1") int page,
            Model model) {
        HouseholdCriteria criteria = new HouseholdCriteria(q, commune, category);
        Page<HouseholdRow> households = query.search(criteria, CurrentUser.scope(),
                PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("commune", commune);
        model.addAttribute("category", category);
        model.addAttribute("communes", communes.all());
        model.addAttribute("households", households);
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/households")
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("commune", Optional.ofNullable(commune))
                .queryParamIfPresent("category", Optional.ofNullable(category))
                .encode().build().toUriString());
        return "household/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        UserScope scope = CurrentUser.scope();
        HouseholdDetail household = query.detail(id, scope).orElseThrow(() -> new HouseholdNotFoundException(id));
        LocalDate today = LocalDate.now(clock);
        List<LoanLine> loanLines = loans.loansOf(id, today, scope);
        List<SavingsLine> savingsLines = savings.accountsOf(id, today, scope);
        model.addAttribute("household", household);
        model.addAttribute("asOf", today);
        model.addAttribute("loans", loanLines);
        model.addAttribute("loanTotal", new LoanTotal(
                sum(loanLines.stream().map(LoanLine::principal).toList()),
                sum(loanLines.stream().map(LoanLine::outstanding).toList()),
                sum(loanLines.stream().map(LoanLine::overdue).toList()),
                sum(loanLines.stream().map(LoanLine::frozen).toList())));
        model.addAttribute("savings", savingsLines);
        model.addAttribute("savingsHistory", savingsLines.stream().collect(java.util.stream.Collectors.toMap(
                SavingsLine::accountId, s -> savings.history(s.accountId()))));
        model.addAttribute("savingsTotal", sum(savingsLines.stream().map(SavingsLine::balance).toList()));
        return "household/show";
    }

    /** One loan of the household: its balances, schedule and ledger. Another household's loan is a 404. */
    @GetMapping("/{id}/loans/{loanId}")
    String loan(@PathVariable long id, @PathVariable long loanId, Model model) {
        UserScope scope = CurrentUser.scope();
        HouseholdDetail household = query.detail(id, scope).orElseThrow(() -> new HouseholdNotFoundException(id));
        LocalDate today = LocalDate.now(clock);
        LoanLine loan = loans.loan(loanId, today)
                .filter(l -> l.householdId() == id && scope.covers(l.associationId(), l.communeId()))
                .orElseThrow(() -> new HouseholdNotFoundException(id));
        model.addAttribute("household", household);
        model.addAttribute("asOf", today);
        model.addAttribute("loan", loan);
        model.addAttribute("schedule", loans.schedule(loanId, today));
        model.addAttribute("transactions", loans.transactions(loanId));
        return "household/loan";
    }

    @GetMapping("/new")
    @PreAuthorize(EDITORS)
    String newHousehold(Model model) {
        return form(model, HouseholdForm.empty(), null);
    }

    @PostMapping
    @PreAuthorize(EDITORS)
    String create(@Valid @ModelAttribute("form") HouseholdForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = service.register(form.command(HouseholdFormValidator.parseDate(form.birthDate())));
                redirect.addFlashAttribute("flash", "household.flash.created");
                return "redirect:/households/" + id;
            } catch (HouseholdException e) {
                e.addTo(errors);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(EDITORS)
    String edit(@PathVariable long id, Model model) {
        return form(model, HouseholdForm.of(service.current(id)), id);
    }

    @PostMapping("/{id}")
    @PreAuthorize(EDITORS)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") HouseholdForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                service.update(id, form.command(HouseholdFormValidator.parseDate(form.birthDate())));
                redirect.addFlashAttribute("flash", "household.flash.updated");
                return "redirect:/households/" + id;
            } catch (HouseholdException e) {
                e.addTo(errors);
            }
        }
        return form(model, form, id);
    }

    @PostMapping(params = "addMember")
    @PreAuthorize(EDITORS)
    String addMemberToNew(@ModelAttribute("form") HouseholdForm form, BindingResult ignored, Model model) {
        return form(model, withExtraRow(form), null);
    }

    @PostMapping(path = "/{id}", params = "addMember")
    @PreAuthorize(EDITORS)
    String addMember(@PathVariable long id, @ModelAttribute("form") HouseholdForm form, BindingResult ignored,
            Model model) {
        return form(model, withExtraRow(form), id);
    }

    @PostMapping(params = "removeMember")
    @PreAuthorize(EDITORS)
    String removeMemberFromNew(@ModelAttribute("form") HouseholdForm form, BindingResult ignored,
            @RequestParam int removeMember, Model model) {
        return form(model, withoutRow(form, removeMember), null);
    }

    @PostMapping(path = "/{id}", params = "removeMember")
    @PreAuthorize(EDITORS)
    String removeMember(@PathVariable long id, @ModelAttribute("form") HouseholdForm form, BindingResult ignored,
            @RequestParam int removeMember, Model model) {
        return form(model, withoutRow(form, removeMember), id);
    }

    private String form(Model model, HouseholdForm form, Long householdId) {
        // replacing the form object also drops the binding result of the one it replaces
        model.addAttribute("form", form);
        model.addAttribute("householdId", householdId);
        model.addAttribute("villages", query.villageChoices(form.villageId()));
        return FORM;
    }

    private static HouseholdForm withExtraRow(HouseholdForm form) {
        List<HouseholdForm.MemberForm> members = new ArrayList<>(form.members());
        members.add(HouseholdForm.MemberForm.blank());
        return form.withMembers(members);
    }

    private static HouseholdForm withoutRow(HouseholdForm form, int index) {
        List<HouseholdForm.MemberForm> members = new ArrayList<>(form.members());
        if (index >= 0 && index < members.size()) {
            members.remove(index);
        }
        return form.withMembers(members);
    }


    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.ZERO, Money::plus);
    }

    /** The sums under the loans table. */
    record LoanTotal(Money principal, Money outstanding, Money overdue, Money frozen) {
    }
}
