package vn.vbsp.portal.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vbsp.portal.user.CurrentUser;

/** Sends each user to the page their work starts from. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:" + switch (CurrentUser.get().role()) {
            case ADMIN -> "/admin/users";
            case STAFF -> "/desk";
            case DIRECTOR, BOARD -> "/dashboard";
            case ASSOCIATION -> "/officer";
        };
    }

    @GetMapping("/login")
    String login() {
        return "system/login";
    }
}
