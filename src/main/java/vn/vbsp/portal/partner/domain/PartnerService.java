package vn.vbsp.portal.partner.domain;

import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.network.CommuneDirectory;
import vn.vbsp.portal.partner.AssociationDirectory;
import vn.vbsp.portal.partner.ChapterLevel;

/** Chapters of the organisations and their entrustment contracts; every change lands in the audit log. */
@Service
public class PartnerService {

    private final AssociationChapterRepository chapters;
    private final EntrustmentContractRepository contracts;
    private final AssociationDirectory associations;
    private final CommuneDirectory communes;
    private final AuditTrail audit;

    PartnerService(AssociationChapterRepository chapters, EntrustmentContractRepository contracts,
            AssociationDirectory associations, CommuneDirectory communes, AuditTrail audit) {
        this.chapters = chapters;
        this.contracts = contracts;
        this.associations = associations;
        this.communes = communes;
        this.audit = audit;
    }

    @Transactional
    public long createChapter(int associationId, ChapterCommand command) {
        associations.find(associationId).orElseThrow(() -> new PartnerNotFoundException("association " + associationId));
        if (command.level() == ChapterLevel.DISTRICT) {
            if (chapters.existsByAssociationIdAndLevel(associationId, ChapterLevel.DISTRICT)) {
                throw new PartnerException("level", "partner.error.district-exists");
            }
        } else {
            if (command.communeId() == null || communes.find(command.communeId()).isEmpty()) {
                throw new PartnerException("communeId", "partner.error.commune-required");
            }
            if (chapters.existsByAssociationIdAndCommuneId(associationId, command.communeId())) {
                throw new PartnerException("communeId", "partner.error.commune-chapter-exists");
            }
        }
        AssociationChapter chapter = new AssociationChapter(associationId, command.level(), command.communeId(),
                blankToNull(command.chairName()), blankToNull(command.phone()));
        try {
            chapters.saveAndFlush(chapter);
        } catch (DataIntegrityViolationException e) {
            // two people creating the same chapter at once: the partial unique indexes decide
            throw new PartnerException(command.level() == ChapterLevel.DISTRICT ? "level" : "communeId",
                    command.level() == ChapterLevel.DISTRICT ? "partner.error.district-exists" : "partner.error.commune-chapter-exists");
        }
        audit.record("CHAPTER_CREATED", "association_chapter", chapter.getId(), null, chapter.auditView());
        return chapter.getId();
    }

    @Transactional
    public void updateChapter(long chapterId, String chairName, String phone) {
        AssociationChapter chapter = chapter(chapterId);
        Map<String, Object> before = chapter.auditView();
        chapter.describe(blankToNull(chairName), blankToNull(phone));
        audit.record("CHAPTER_UPDATED", "association_chapter", chapterId, before, chapter.auditView());
    }

    @Transactional
    public long addContract(long chapterId, ContractCommand command) {
        chapter(chapterId);
        ContractCommand clean = check(command, null);
        EntrustmentContract contract = new EntrustmentContract(chapterId, clean);
        saveContract(contract);
        audit.record("CONTRACT_CREATED", "entrustment_contract", contract.getId(), null, contract.auditView());
        return contract.getId();
    }

    @Transactional
    public void updateContract(long contractId, ContractCommand command) {
        EntrustmentContract contract = contracts.findById(contractId)
                .orElseThrow(() -> new PartnerNotFoundException("contract " + contractId));
        ContractCommand clean = check(command, contractId);
        Map<String, Object> before = contract.auditView();
        contract.apply(clean);
        saveContract(contract);
        audit.record("CONTRACT_UPDATED", "entrustment_contract", contractId, before, contract.auditView());
    }

    private ContractCommand check(ContractCommand command, Long contractId) {
        String number = command.contractNo().strip();
        if (command.endsOn() != null && command.signedOn() != null && !command.endsOn().isAfter(command.signedOn())) {
            throw new PartnerException("endsOn", "partner.error.ends-before-signed");
        }
        if (contracts.numberTaken(number, contractId)) {
            throw new PartnerException("contractNo", "partner.error.contract-no-taken");
        }
        return new ContractCommand(number, command.signedOn(), command.endsOn(), command.tasks().strip());
    }

    private void saveContract(EntrustmentContract contract) {
        try {
            contracts.saveAndFlush(contract);
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("contract_no")) {
                throw new PartnerException("contractNo", "partner.error.contract-no-taken");
            }
            throw e;
        }
    }

    private AssociationChapter chapter(long chapterId) {
        return chapters.findById(chapterId).orElseThrow(() -> new PartnerNotFoundException("chapter " + chapterId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
