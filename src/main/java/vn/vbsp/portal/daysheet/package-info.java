/**
 * The 13/TD sheets of a commune's transaction day as files (CONTRACT §7): the CSV and XLSX to hand out and fill in
 * offline, their upload back into the collection module's posting, and the printable sheets (HTML and PDF) with
 * totals and signature blocks. Reads and posts only through {@code collection.CollectionDesk}.
 */
package vn.vbsp.portal.daysheet;
