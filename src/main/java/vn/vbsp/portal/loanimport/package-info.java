/**
 * Bringing an office's existing loan book in (CONTRACT §4): a CSV or XLSX listing is checked whole, then written in
 * one transaction (communes, points, villages, chapters, groups, households, loans, their opening balances and
 * remaining schedules), or not at all. The module has no public face: its only user is its own web page.
 */
package vn.vbsp.portal.loanimport;
