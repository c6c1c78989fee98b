package vn.vbsp.portal.household.domain;

import java.io.Serializable;

/** What applying a poverty-review file did. */
public record PovertyReviewResult(String fileName, int categoryChanged, int yearUpdated, int unknown)
        implements Serializable {
}
