package vn.vbsp.portal.desk.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.vbsp.portal.desk.domain.OfficerDesk;
import vn.vbsp.portal.desk.domain.StaffDesk;
import vn.vbsp.portal.partner.AssociationDirectory;
import vn.vbsp.portal.user.CurrentUser;
import vn.vbsp.portal.user.UserScope;

/** Where each user's day starts: the staff's and director's work queues, the association officer's desk. */
@Controller
class DeskController {

    private final StaffDesk staff;
    private final OfficerDesk officer;
    private final AssociationDirectory associations;
    private final Clock clock;

    DeskController(StaffDesk staff, OfficerDesk officer, AssociationDirectory associations, Clock clock) {
        this.staff = staff;
        this.officer = officer;
        this.associations = associations;
        this.clock = clock;
    }

    @GetMapping("/desk")
    @PreAuthorize("hasAnyRole('ADMIN','STAFF','DIRECTOR')")
    String staffDesk(Model model) {
        model.addAttribute("desk", staff.view(LocalDate.now(clock), CurrentUser.scope()));
        return "desk/staff";
    }

    @GetMapping("/officer")
    @PreAuthorize("hasRole('ASSOCIATION')")
    String officerDesk(Model model) {
        UserScope scope = CurrentUser.scope();
        model.addAttribute("desk", officer.view(LocalDate.now(clock), scope));
        model.addAttribute("association", associations.find(scope.associationId()).orElseThrow());
        return "desk/officer";
    }
}
