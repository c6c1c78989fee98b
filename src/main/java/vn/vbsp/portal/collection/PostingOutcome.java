package vn.vbsp.portal.collection;

import vn.vbsp.portal.shared.Money;

/**
 * What a batch posted: lines posted, the totals by kind, and {@code repeated} when the same batch had already posted
 * (nothing new was written).
 */
public record PostingOutcome(int linesPosted, Money interest, Money principal, Money deposits, Money withdrawals,
        boolean repeated) {
}
