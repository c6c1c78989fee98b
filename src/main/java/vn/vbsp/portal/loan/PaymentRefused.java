package vn.vbsp.portal.loan;

import vn.vbsp.portal.shared.RuleViolation;

/** One payment of a batch the loan's rules refuse: which loan, and why. Nothing of the batch stays. */
public final class PaymentRefused extends RuntimeException {

    private final long loanId;
    private final transient RuleViolation why;

    public PaymentRefused(long loanId, RuleViolation why) {
        super(why.messageKey());
        this.loanId = loanId;
        this.why = why;
    }

    public long loanId() {
        return loanId;
    }

    public RuleViolation why() {
        return why;
    }
}
