/**
 * The group leader's commission (hoa hồng tổ trưởng tổ TK&VV): a rate per programme with the date it holds from
 * (a setting the administrator keeps), applied to the interest collected through each group in a month (from
 * {@code loan.LoanFlows}), as a monthly statement on screen, printed and as XLSX.
 */
package vn.vbsp.portal.commission;
