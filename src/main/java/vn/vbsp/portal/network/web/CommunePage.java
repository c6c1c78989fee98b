package vn.vbsp.portal.network.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.vbsp.portal.network.PointDuty;
import vn.vbsp.portal.network.TransactionCalendar;
import vn.vbsp.portal.network.domain.NetworkNotFoundException;
import vn.vbsp.portal.network.domain.NetworkQuery;
import vn.vbsp.portal.network.domain.NetworkQuery.CommuneView;
import vn.vbsp.portal.network.domain.NetworkQuery.PointView;

/**
 * Fills the model of the commune page (commune, villages, point and team), which is shown again, with its errors,
 * when a village or a team member typed on it is refused.
 */
@Component
class CommunePage {

    static final String VIEW = "network/commune";

    private final NetworkQuery query;
    private final Clock clock;

    CommunePage(NetworkQuery query, Clock clock) {
        this.query = query;
        this.clock = clock;
    }

    CommuneView commune(long id) {
        return query.commune(id).orElseThrow(() -> new NetworkNotFoundException("commune", id));
    }

    String show(long communeId, Model model) {
        CommuneView commune = commune(communeId);
        model.addAttribute("commune", commune);
        model.addAttribute("villages", query.villages(communeId));
        PointView point = query.point(communeId).orElse(null);
        model.addAttribute("point", point);
        model.addAttribute("duties", PointDuty.values());
        if (point != null) {
            model.addAttribute("team", point.team());
            model.addAttribute("nextDay", nextDay(point.dayOfMonth()));
        }
        if (!model.containsAttribute("villageForm")) {
            model.addAttribute("villageForm", VillageForm.empty());
        }
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", MemberForm.empty());
        }
        return VIEW;
    }

    /** The point's next transaction day, today included. */
    private LocalDate nextDay(int dayOfMonth) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = TransactionCalendar.dayIn(YearMonth.from(today), dayOfMonth);
        return day.isBefore(today) ? TransactionCalendar.dayIn(YearMonth.from(today).plusMonths(1), dayOfMonth) : day;
    }
}
