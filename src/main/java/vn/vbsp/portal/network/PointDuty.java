package vn.vbsp.portal.network;

import java.util.EnumSet;
import java.util.Set;

/** What a person does in a commune point's transaction team. */
public enum PointDuty {
    /** Tổ trưởng: leads the team on the transaction day. */
    LEADER,
    /** Kiểm soát viên: checks every voucher before money moves. */
    CONTROLLER,
    /** Giao dịch viên: counts and hands over the cash. */
    TELLER,
    /** Any other member of the team. */
    MEMBER;

    /** The duties a team must have for the point to open (at least three people in all). */
    public static final Set<PointDuty> REQUIRED = EnumSet.of(LEADER, CONTROLLER, TELLER);

    public static final int MINIMUM_TEAM = 3;
}
