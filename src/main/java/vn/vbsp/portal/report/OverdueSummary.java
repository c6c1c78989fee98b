package vn.vbsp.portal.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Overdue loans on a date counted and summed per ageing band, and in all. */
public record OverdueSummary(LocalDate asOf, Map<AgeingBucket, Total> buckets, Total total) {

    /** Loans, overdue principal and unpaid interest of one band (or of all). */
    public record Total(long loans, long overdue, long interest) {
        static final Total ZERO = new Total(0, 0, 0);

        Total plus(OverdueLine line) {
            return new Total(loans + 1, overdue + line.overdue(), interest + line.interest());
        }
    }

    public static OverdueSummary of(LocalDate asOf, List<OverdueLine> lines) {
        Map<AgeingBucket, Total> buckets = new EnumMap<>(AgeingBucket.class);
        for (AgeingBucket bucket : AgeingBucket.values()) {
            buckets.put(bucket, Total.ZERO);
        }
        Total total = Total.ZERO;
        for (OverdueLine line : lines) {
            buckets.put(line.bucket(), buckets.get(line.bucket()).plus(line));
            total = total.plus(line);
        }
        return new OverdueSummary(asOf, Collections.unmodifiableMap(buckets), total);
    }

    public Total of(AgeingBucket bucket) {
        return buckets.get(bucket);
    }
}
