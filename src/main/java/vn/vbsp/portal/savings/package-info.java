/**
 * Members' savings in their groups (tiền gửi tổ viên): balances and history to read, and deposits, withdrawals and
 * reversals to write, each idempotent and audited.
 */
package vn.vbsp.portal.savings;
