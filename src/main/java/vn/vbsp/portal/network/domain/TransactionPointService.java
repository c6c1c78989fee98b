package vn.vbsp.portal.network.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.vbsp.portal.audit.AuditTrail;
import vn.vbsp.portal.network.PointDuty;

/** Setting up a commune's transaction point and its team; every change lands in the audit log. */
@Service
public class TransactionPointService {

    private static final String POINT = "transaction_point";
    private static final String MEMBER = "transaction_point_member";

    private final CommuneRepository communes;
    private final TransactionPointRepository points;
    private final AuditTrail audit;

    TransactionPointService(CommuneRepository communes, TransactionPointRepository points, AuditTrail audit) {
        this.communes = communes;
        this.points = points;
        this.audit = audit;
    }

    /**
     * Creates the commune's point, or changes it. {@code expectedVersion} is the version the form was opened on,
     * null when the form was opened before the commune had a point.
     */
    @Transactional
    public void save(long communeId, Long expectedVersion, String place, int dayOfMonth, boolean active) {
        if (!communes.existsById(communeId)) {
            throw new NetworkNotFoundException("commune", communeId);
        }
        var existing = points.findByCommuneId(communeId);
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw NetworkRuleException.stale();
            }
            TransactionPoint point = points.save(new TransactionPoint(communeId, Names.clean(place), dayOfMonth, active));
            audit.record("POINT_CREATED", POINT, point.getId(), null, point.auditView());
            return;
        }
        TransactionPoint point = existing.get();
        if (expectedVersion == null || point.getVersion() != expectedVersion) {
            throw NetworkRuleException.stale();
        }
        Map<String, Object> before = point.auditView();
        point.change(Names.clean(place), dayOfMonth, active);
        audit.record("POINT_UPDATED", POINT, point.getId(), before, point.auditView());
    }

    @Transactional
    public long addMember(long communeId, PointDuty duty, String fullName, String position) {
        TransactionPoint point = point(communeId);
        TransactionPointMember member = point.addMember(new TransactionPointMember(duty, Names.clean(fullName), blankToNull(position)));
        points.flush(); // the cascade persists the new member itself, so its id is known for the audit
        audit.record("POINT_MEMBER_ADDED", MEMBER, member.getId(), null, view(point, member));
        return member.getId();
    }

    @Transactional
    public void updateMember(long communeId, long memberId, long expectedVersion, PointDuty duty, String fullName, String position) {
        TransactionPoint point = point(communeId);
        TransactionPointMember member = member(point, memberId);
        if (member.getVersion() != expectedVersion) {
            throw NetworkRuleException.stale();
        }
        Map<String, Object> before = view(point, member);
        member.change(duty, Names.clean(fullName), blankToNull(position));
        audit.record("POINT_MEMBER_UPDATED", MEMBER, memberId, before, view(point, member));
    }

    @Transactional
    public void removeMember(long communeId, long memberId) {
        TransactionPoint point = point(communeId);
        TransactionPointMember member = member(point, memberId);
        Map<String, Object> before = view(point, member);
        point.removeMember(member);
        audit.record("POINT_MEMBER_REMOVED", MEMBER, memberId, before, null);
    }

    private TransactionPoint point(long communeId) {
        return points.findByCommuneId(communeId).orElseThrow(() -> new NetworkNotFoundException("point of commune", communeId));
    }

    private static TransactionPointMember member(TransactionPoint point, long memberId) {
        return point.member(memberId).orElseThrow(() -> new NetworkNotFoundException(MEMBER, memberId));
    }

    private static Map<String, Object> view(TransactionPoint point, TransactionPointMember member) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("pointId", point.getId());
        view.putAll(member.auditView());
        return view;
    }

    private static String blankToNull(String text) {
        String clean = Names.clean(text);
        return clean.isEmpty() ? null : clean;
    }
}
