/**
 * Each user's desk: the Board of Representatives' quarterly dashboard (page, print view and PDF), the association
 * officer's desk and the staff's work queues. It only reads, through the other modules' public query services.
 */
package vn.vbsp.portal.desk;
