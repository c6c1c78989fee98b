package vn.vbsp.portal.user.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.partner.AssociationDirectory;
import vn.vbsp.portal.user.CurrentUser;
import vn.vbsp.portal.user.Role;
import vn.vbsp.portal.user.UserAccountException;
import vn.vbsp.portal.user.domain.AppUser;
import vn.vbsp.portal.user.domain.UserAccountService;

/** ADMIN: create users, set their role and scope, reset a password, deactivate. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final UserAccountService accounts;
    private final AssociationDirectory associations;
    private final CommuneDirectory communes;

    UserAdminController(UserAccountService accounts, AssociationDirectory associations, CommuneDirectory communes) {
        this.accounts = accounts;
        this.associations = associations;
        this.communes = communes;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("roles", Role.values());
        model.addAttribute("associations", associations.all());
        model.addAttribute("communes", communes.all());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.all());
        return "user/list";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", NewUserForm.empty());
        return "user/new";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return "user/new";
        }
        try {
            AppUser user = accounts.create(form.username(), form.password(), form.command());
            redirect.addFlashAttribute("flash", "user.flash.created");
            return "redirect:/admin/users/" + user.getId();
        } catch (UserAccountException e) {
            e.addTo(errors);
            return "user/new";
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        AppUser user = accounts.get(id);
        model.addAttribute("user", user);
        model.addAttribute("form", UserForm.of(user));
        model.addAttribute("passwordForm", PasswordForm.empty());
        return "user/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                accounts.update(id, form.command());
                redirect.addFlashAttribute("flash", "user.flash.updated");
                return "redirect:/admin/users/" + id;
            } catch (UserAccountException e) {
                e.addTo(errors);
            }
        }
        model.addAttribute("user", accounts.get(id));
        model.addAttribute("passwordForm", PasswordForm.empty());
        return "user/edit";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        AppUser user = accounts.get(id);
        if (!errors.hasFieldErrors("confirmPassword") && !form.confirmed()) {
            errors.rejectValue("confirmPassword", "user.error.password-mismatch");
        }
        if (errors.hasErrors()) {
            model.addAttribute("user", user);
            model.addAttribute("form", UserForm.of(user));
            return "user/edit";
        }
        accounts.resetPassword(id, form.newPassword());
        redirect.addFlashAttribute("flash", "user.flash.password-reset");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(id, enabled, CurrentUser.username());
            redirect.addFlashAttribute("flash", enabled ? "user.flash.activated" : "user.flash.deactivated");
        } catch (UserAccountException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }
}
