package vn.vbsp.portal.household.web;

import java.io.Serializable;

/**
 * An uploaded poverty-review file waiting for confirmation, kept in the user's session (never in the page) under a
 * one-time token.
 */
record PendingReview(String token, String fileName, byte[] content) implements Serializable {
}
