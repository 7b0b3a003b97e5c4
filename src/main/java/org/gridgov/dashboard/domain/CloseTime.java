package org.gridgov.dashboard.domain;

import java.util.Map;
import java.util.SortedMap;

/**
 * Time from report to close in histogram buckets, so that the p90 of any area and period is read
 * from a few thousand pre-aggregated rows instead of sorting every closed case (at 10 million cases
 * a city month holds ~400,000 closures). Whole hours up to ten days, whole days up to 90 days, then
 * one last bucket: the p90 is exact to the hour where cases are normally closed.
 */
public final class CloseTime {

    static final int HOURLY_UP_TO = 240;
    static final int DAYS_BEYOND = 80;
    public static final int LAST_BUCKET = HOURLY_UP_TO + DAYS_BEYOND;

    private CloseTime() {}

    public static int bucketOf(long seconds) {
        long hours = Math.max(0, seconds) / 3600;
        if (hours < HOURLY_UP_TO) {
            return (int) hours;
        }
        return (int) Math.min(LAST_BUCKET, HOURLY_UP_TO + (hours - HOURLY_UP_TO) / 24);
    }

    /** The hours at which a bucket starts (a p90 is reported rounded down to its bucket). */
    public static double lowerBoundHours(int bucket) {
        return bucket < HOURLY_UP_TO ? bucket : HOURLY_UP_TO + (bucket - HOURLY_UP_TO) * 24.0;
    }

    /** Nearest-rank p90 over a histogram (bucket → cases), or null when it is empty. */
    public static Double p90(SortedMap<Integer, Long> histogram) {
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(0.9 * total);
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return lowerBoundHours(bucket.getKey());
            }
        }
        return lowerBoundHours(histogram.lastKey());
    }
}
