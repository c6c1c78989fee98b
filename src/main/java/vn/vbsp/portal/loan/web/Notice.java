package vn.vbsp.portal.loan.web;

import java.io.Serializable;
import vn.vbsp.portal.loan.domain.LoanRuleException;

/** A message with arguments carried across a redirect: a refusal, or what was done. */
public record Notice(String key, Object[] args) implements Serializable {

    static Notice of(String key, Object... args) {
        return new Notice(key, args);
    }

    static Notice of(LoanRuleException refusal) {
        return new Notice(refusal.messageKey(), refusal.arguments());
    }
}
