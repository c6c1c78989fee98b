package vn.vbsp.portal.network.domain;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;

/** Creating and changing communes and their villages; every change lands in the audit log. */
@Service
public class CommuneService {

    private static final String COMMUNE = "commune";
    private static final String VILLAGE = "village";

    private final CommuneRepository communes;
    private final VillageRepository villages;
    private final AuditTrail audit;

    CommuneService(CommuneRepository communes, VillageRepository villages, AuditTrail audit) {
        this.communes = communes;
        this.villages = villages;
        this.audit = audit;
    }

    @Transactional
    public long create(String code, String name) {
        String cleanCode = Names.clean(code);
        if (communes.existsByCodeIgnoreCase(cleanCode)) {
            throw new NetworkRuleException("code", "network.error.code-taken");
        }
        Commune commune = communes.save(new Commune(cleanCode, Names.clean(name)));
        audit.record("COMMUNE_CREATED", COMMUNE, commune.getId(), null, commune.auditView());
        return commune.getId();
    }

    @Transactional
    public void update(long id, long expectedVersion, String code, String name, boolean active) {
        Commune commune = commune(id);
        if (commune.getVersion() != expectedVersion) {
            throw NetworkRuleException.stale();
        }
        String cleanCode = Names.clean(code);
        if (communes.existsByCodeIgnoreCaseAndIdNot(cleanCode, id)) {
            throw new NetworkRuleException("code", "network.error.code-taken");
        }
        Map<String, Object> before = commune.auditView();
        commune.change(cleanCode, Names.clean(name), active);
        audit.record("COMMUNE_UPDATED", COMMUNE, id, before, commune.auditView());
    }

    @Transactional
    public long addVillage(long communeId, String name) {
        commune(communeId);
        String cleanName = Names.clean(name);
        refuseDuplicate(communeId, null, cleanName);
        Village village = villages.save(new Village(communeId, cleanName));
        audit.record("VILLAGE_CREATED", VILLAGE, village.getId(), null, village.auditView());
        return village.getId();
    }

    @Transactional
    public void renameVillage(long communeId, long villageId, long expectedVersion, String name) {
        Village village = village(communeId, villageId);
        if (village.getVersion() != expectedVersion) {
            throw NetworkRuleException.stale();
        }
        String cleanName = Names.clean(name);
        refuseDuplicate(communeId, villageId, cleanName);
        Map<String, Object> before = village.auditView();
        village.rename(cleanName);
        audit.record("VILLAGE_RENAMED", VILLAGE, villageId, before, village.auditView());
    }

    @Transactional
    public void setVillageActive(long communeId, long villageId, boolean active) {
        Village village = village(communeId, villageId);
        if (village.isActive() == active) {
            return;
        }
        Map<String, Object> before = village.auditView();
        village.setActive(active);
        audit.record(active ? "VILLAGE_ACTIVATED" : "VILLAGE_DEACTIVATED", VILLAGE, villageId, before, village.auditView());
    }

    /** Inactive villages count too: the name stays taken, and the database's unique constraint says the same. */
    private void refuseDuplicate(long communeId, Long villageId, String name) {
        boolean taken = villages.findByCommuneId(communeId).stream()
                .filter(v -> !v.getId().equals(villageId))
                .anyMatch(v -> Names.sameName(v.getName(), name));
        if (taken) {
            throw new NetworkRuleException("name", "network.error.village-taken");
        }
    }

    private Commune commune(long id) {
        return communes.findById(id).orElseThrow(() -> new NetworkNotFoundException(COMMUNE, id));
    }

    private Village village(long communeId, long villageId) {
        return villages.findByIdAndCommuneId(villageId, communeId)
                .orElseThrow(() -> new NetworkNotFoundException(VILLAGE, villageId));
    }
}
