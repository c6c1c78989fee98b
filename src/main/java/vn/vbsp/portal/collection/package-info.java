/**
 * The transaction day at a commune point (giao dịch tại xã): the collection sheets of list 13/TD for each group,
 * what was paid line by line, posting through the loan module's services, members' savings movements, and
 * closing the day. Its base package is what other modules and the sheet files (CONTRACT §7) use.
 */
package vn.vbsp.portal.collection;
