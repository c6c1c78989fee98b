package vn.vbsp.portal.household.domain;

import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;

/** Registering and editing households; every change lands in the audit log in the same transaction. */
@Service
public class HouseholdService {

    static final String ENTITY = "household";
    public static final String CCCD_TAKEN = "household.error.cccd-taken";

    private final HouseholdRepository households;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    HouseholdService(HouseholdRepository households, JdbcClient jdbc, AuditTrail audit) {
        this.households = households;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The household as its edit form starts from, with the version the edit is based on. */
    @Transactional(readOnly = true)
    public HouseholdCommand current(long id) {
        Household h = households.findById(id).orElseThrow(() -> new HouseholdNotFoundException(id));
        return new HouseholdCommand(h.getCccd(), h.getHeadName(), h.getBirthDate(), h.getSex(), h.getVillageId(),
                h.getAddress(), h.getPhone(), h.getCategory(), h.getReviewYear(),
                h.getMembers().stream()
                        .map(m -> new HouseholdCommand.Member(m.getId(), m.getFullName(), m.getRelation(), m.getBirthYear()))
                        .toList(),
                h.getVersion());
    }

    @Transactional
    public long register(HouseholdCommand command) {
        checkVillage(command.villageId(), null);
        if (households.existsByCccd(command.cccd())) {
            throw new HouseholdException("cccd", CCCD_TAKEN);
        }
        Household household = new Household(command);
        try {
            households.saveAndFlush(household);
        } catch (DataIntegrityViolationException e) {
            throw translated(e);
        }
        audit.record("HOUSEHOLD_CREATED", ENTITY, household.getId(), null, household.auditView());
        return household.getId();
    }

    @Transactional
    public void update(long id, HouseholdCommand command) {
        Household household = households.findById(id).orElseThrow(() -> new HouseholdNotFoundException(id));
        if (command.version() != null && command.version() != household.getVersion()) {
            throw new HouseholdException(null, "household.error.stale");
        }
        checkVillage(command.villageId(), household.getVillageId());
        if (households.existsByCccdAndIdNot(command.cccd(), id)) {
            throw new HouseholdException("cccd", CCCD_TAKEN);
        }
        Map<String, Object> before = household.auditView();
        household.assign(command);
        try {
            households.flush();
        } catch (DataIntegrityViolationException e) {
            throw translated(e);
        }
        audit.record("HOUSEHOLD_UPDATED", ENTITY, id, before, household.auditView());
    }

    /** A village that is in use (or the household's current one, even if since closed). */
    private void checkVillage(long villageId, Long currentVillageId) {
        boolean usable = jdbc.sql("""
                select exists (select 1 from village v join commune c on c.id = v.commune_id
                               where v.id = :id and ((v.active and c.active) or v.id = :current))
                """)
                .param("id", villageId)
                .param("current", currentVillageId == null ? -1L : currentVillageId)
                .query(Boolean.class).single();
        if (!usable) {
            throw new HouseholdException("villageId", "household.error.village");
        }
    }

    /**
     * Two clerks saving the same CCCD at once both pass the check above; the database's unique constraint stops the
     * second, and the user gets the same message rather than an error page.
     */
    private static RuntimeException translated(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (message.contains("household_cccd_key")) {
            return new HouseholdException("cccd", CCCD_TAKEN);
        }
        return e;
    }
}
