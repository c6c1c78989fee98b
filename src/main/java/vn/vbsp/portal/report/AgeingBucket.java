package vn.vbsp.portal.report;

import java.util.Locale;
import java.util.Optional;

/** How long a loan has been overdue, in the bands the office reports: 1–30, 31–90, 91–180, 181–360, over 360 days. */
public enum AgeingBucket {
    DAYS_1_30("1-30", 1, 30),
    DAYS_31_90("31-90", 31, 90),
    DAYS_91_180("91-180", 91, 180),
    DAYS_181_360("181-360", 181, 360),
    OVER_360("over-360", 361, Long.MAX_VALUE);

    private final String parameter;
    private final long from;
    private final long to;

    AgeingBucket(String parameter, long from, long to) {
        this.parameter = parameter;
        this.from = from;
        this.to = to;
    }

    /** The band of a loan overdue for {@code days} days (at least one). */
    public static AgeingBucket of(long days) {
        if (days < 1) {
            throw new IllegalArgumentException("not overdue: " + days + " days");
        }
        for (AgeingBucket bucket : values()) {
            if (days <= bucket.to) {
                return bucket;
            }
        }
        return OVER_360;
    }

    /** {@code 1-30}, {@code 31-90}, {@code 91-180}, {@code 181-360} or {@code over-360}, as URLs and files write it. */
    public static Optional<AgeingBucket> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (AgeingBucket bucket : values()) {
            if (bucket.parameter.equals(wanted)) {
                return Optional.of(bucket);
            }
        }
        return Optional.empty();
    }

    public String parameter() {
        return parameter;
    }

    public long from() {
        return from;
    }

    /** The last day of the band, or null for the open last band. */
    public Long to() {
        return to == Long.MAX_VALUE ? null : to;
    }
}
