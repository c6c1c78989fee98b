package vn.vbsp.portal.loan.domain;

/** Risk handling a director decides on: gia hạn, điều chỉnh kỳ hạn, khoanh nợ, xóa nợ. */
public enum DecisionKind {
    EXTENSION, RESCHEDULE, FREEZE, WRITE_OFF
}
