/**
 * Savings-and-loan groups (Tổ tiết kiệm và vay vốn): founded in one village under a commune chapter of one
 * entrusting organisation, their member households, leader and deputy, and their yearly rating.
 */
package vn.vbsp.portal.group;
