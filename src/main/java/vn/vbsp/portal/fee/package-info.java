/**
 * Entrustment fees: what the office pays each organisation every month, per level (commune chapter, district and
 * province committees), on the outstanding that paid interest, cut by the organisation's overdue ratio. The rate,
 * the bands and the split between levels are settings ({@code fee_setting}).
 */
package vn.vbsp.portal.fee;
