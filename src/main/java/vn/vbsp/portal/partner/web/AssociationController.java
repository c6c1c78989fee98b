package vn.vbsp.portal.partner.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.vbsp.portal.network.CommuneSummary;
import vn.vbsp.portal.partner.AssociationDirectory;
import vn.vbsp.portal.partner.AssociationOfficer;
import vn.vbsp.portal.partner.AssociationSummary;
import vn.vbsp.portal.partner.PartnerScope;
import vn.vbsp.portal.partner.PartnerUsers;
import vn.vbsp.portal.partner.domain.AssociationFigures;
import vn.vbsp.portal.partner.domain.ChapterRow;
import vn.vbsp.portal.partner.domain.ContractRow;
import vn.vbsp.portal.partner.domain.PartnerFiguresQuery;
import vn.vbsp.portal.partner.domain.PartnerNotFoundException;
import vn.vbsp.portal.partner.domain.PartnerQuery;

/** The four organisations: their chapters, contracts and officers, and each one's figures. */
@Controller
class AssociationController {

    private final AssociationDirectory associations;
    private final PartnerQuery partners;
    private final PartnerFiguresQuery figures;
    private final PartnerUsers users;
    private final Clock clock;

    AssociationController(AssociationDirectory associations, PartnerQuery partners, PartnerFiguresQuery figures,
            PartnerUsers users, Clock clock) {
        this.associations = associations;
        this.partners = partners;
        this.figures = figures;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/associations")
    String list(Model model) {
        PartnerScope scope = users.currentScope();
        LocalDate today = LocalDate.now(clock);
        List<AssociationSummary> visible = associations.all().stream().filter(a -> scope.covers(a.id())).toList();
        Map<Integer, List<ChapterRow>> chapters = partners.chapters(scope).stream()
                .collect(Collectors.groupingBy(ChapterRow::associationId));
        Map<Long, List<ContractRow>> contracts = partners.contracts(scope).stream()
                .collect(Collectors.groupingBy(ContractRow::chapterId));
        Map<Integer, List<AssociationOfficer>> officers = new LinkedHashMap<>();
        Map<Integer, List<CommuneSummary>> missing = new LinkedHashMap<>();
        for (AssociationSummary a : visible) {
            officers.put(a.id(), users.officersOf(a.id()));
            missing.put(a.id(), partners.communesWithoutChapter(a.id()));
        }
        model.addAttribute("today", today);
        model.addAttribute("associations", visible);
        model.addAttribute("figures", figures.figures(today, scope).stream()
                .collect(Collectors.toMap(f -> f.association().id(), f -> f)));
        model.addAttribute("chapters", chapters);
        model.addAttribute("contracts", contracts);
        model.addAttribute("officers", officers);
        model.addAttribute("missingCommunes", missing);
        return "partner/list";
    }

    @GetMapping("/associations/{code}")
    String show(@PathVariable String code, Model model) {
        PartnerScope scope = users.currentScope();
        AssociationSummary association = visible(associations, code, scope);
        LocalDate today = LocalDate.now(clock);
        AssociationFigures own = figures.figures(today, scope).stream()
                .filter(f -> f.association().id() == association.id()).findFirst()
                .orElseThrow(() -> new PartnerNotFoundException(code));
        model.addAttribute("today", today);
        model.addAttribute("association", association);
        model.addAttribute("figures", own);
        model.addAttribute("officers", users.officersOf(association.id()));
        model.addAttribute("scopeCommune", scope.communeId());
        return "partner/show";
    }

    /** The organisation of that code, if the reader may see it; otherwise 404, as for a code that does not exist. */
    static AssociationSummary visible(AssociationDirectory associations, String code, PartnerScope scope) {
        return associations.findByCode(code).filter(a -> scope.covers(a.id()))
                .orElseThrow(() -> new PartnerNotFoundException("association " + code));
    }
}
