/**
 * Supervision: the yearly inspection plans of the office and of each organisation's district and commune levels,
 * the inspections recorded against them (who, when, which group or household, findings, follow-up), and how far
 * each level has got against its plan.
 */
package vn.vbsp.portal.supervision;
