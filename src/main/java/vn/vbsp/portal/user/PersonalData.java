package vn.vbsp.portal.user;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;

/**
 * Personal data to those who need it (Decree 13/2023/NĐ-CP): a BOARD member reads figures and lists, so household
 * pages show them a citizen ID masked to its last four digits and no address; and every view of a household's page by
 * someone outside the office's own staff (ASSOCIATION, BOARD) lands in the audit log. Templates reach it as
 * {@code @personalData}.
 */
@Component("personalData")
public class PersonalData {

    private final AuditTrail audit;

    PersonalData(AuditTrail audit) {
        this.audit = audit;
    }

    /** The citizen ID as the signed-in user may see it: whole, or {@code ********1234} for the Board. */
    public String cccd(String cccd) {
        if (cccd == null || !masked()) {
            return cccd;
        }
        int keep = Math.min(4, cccd.length());
        return "*".repeat(cccd.length() - keep) + cccd.substring(cccd.length() - keep);
    }

    public boolean showsAddresses() {
        return !masked();
    }

    /** Writes the view of a household's page to the audit log when the viewer is an ASSOCIATION or BOARD user. */
    @Transactional
    public void viewed(long householdId, String page) {
        Role role = CurrentUser.get().role();
        if (role == Role.ASSOCIATION || role == Role.BOARD) {
            Map<String, Object> what = new LinkedHashMap<>();
            what.put("page", page);
            what.put("role", role.name());
            audit.record("HOUSEHOLD_VIEWED", "household", householdId, null, what);
        }
    }

    private static boolean masked() {
        return CurrentUser.get().role() == Role.BOARD;
    }
}
