package vn.vbsp.portal.user.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.vbsp.portal.user.LoginThrottle;

/** ADMIN: which accounts and client addresses must wait after failed sign-ins, and lifting a wait. */
@Controller
@RequestMapping("/admin/login-waits")
class LoginWaitController {

    private final LoginThrottle throttle;

    LoginWaitController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("waits", throttle.current());
        return "user/login-waits";
    }

    @PostMapping("/lift")
    String lift(@RequestParam LoginThrottle.Kind kind, @RequestParam String key, RedirectAttributes redirect) {
        throttle.lift(kind, key);
        redirect.addFlashAttribute("flash", "user.waits.lifted");
        return "redirect:/admin/login-waits";
    }
}
