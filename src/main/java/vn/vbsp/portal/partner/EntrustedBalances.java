package vn.vbsp.portal.partner;

/**
 * Where the organisations' entrusted balances come from: the loan module owns the ledger and implements this (the loan
 * module depends on this one, so this one may not call it).
 */
public interface EntrustedBalances {

    /**
     * A SQL select of {@code (association_id, commune_id, outstanding, overdue)}: the loans entrusted to each
     * organisation, summed per organisation and commune at the end of the named parameter {@code :asOf}.
     */
    String byAssociationAndCommuneSql();
}
