package vn.vbsp.portal.collection;

import vn.vbsp.portal.shared.Money;

/**
 * What was paid on one loan of a sheet, as typed on the day page or read from a filled sheet file. {@code line} is
 * where it came from (the file's line, the header being 1, or the row on the page), so a refusal can point at it.
 * A null amount is nothing paid.
 */
public record LinePayment(int line, String loanNo, Money interest, Money principal, Money deposit, Money withdrawal,
        boolean early, String note) {
}
