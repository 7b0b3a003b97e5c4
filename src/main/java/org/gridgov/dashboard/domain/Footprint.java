package org.gridgov.dashboard.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one case adds to the daily figures, as a pure function of its current fact. When the case
 * changes, the projection subtracts the old footprint and adds the new one ({@link FigureDelta}),
 * so the counters always equal a recount of the facts, however often an event is seen; except
 * that a reopen leaves the rounds of handling it ended where they were counted
 * ({@link #replacedByReopen}).
 */
public record Footprint(Map<DailyKey, Map<Counter, Long>> daily, Map<OverlapKey, Long> overlaps,
        Map<CloseTimeKey, Long> closeTimes, Map<CloseHoursKey, Long> closeHours) {

    public static Footprint none() {
        return new Footprint(Map.of(), Map.of(), Map.of(), Map.of());
    }

    public static Footprint of(CaseFact fact, ZoneId zone, String cityCode) {
        if (fact == null) {
            return none();
        }
        Builder builder = new Builder(zone, Dimensions.of(fact, cityCode));
        caseSteps(builder, fact);
        round(builder, fact);
        return builder.build();
    }

    /**
     * What is taken back from a case's footprint when it is reopened (返工): its case-level counts
     * (re-added with the new fact) and a deadline the reopen replaced before it fell. The ended
     * round's resolution and close, and a deadline that had already fallen, stay where they were
     * counted: a published month is a record, and a late reopen counts in its own month. The
     * closure by unit and hours mirrors the fact, so it is taken back with it.
     */
    public static Footprint replacedByReopen(CaseFact ended, Instant reopenedAt, ZoneId zone, String cityCode) {
        Builder builder = new Builder(zone, Dimensions.of(ended, cityCode));
        caseSteps(builder, ended);
        closeHours(builder, ended);
        boolean deadlineReplacedBeforeItFell = ended.deadline() != null && ended.deadline().isAfter(reopenedAt);
        if (deadlineReplacedBeforeItFell && !ended.state().equals("rejected")) {
            builder.count(ended.deadline(), Counter.DEADLINE_DUE, 1);
            if (ended.closedAt() != null) {
                builder.overlap(ended.closedAt(), ended.deadline());
            }
        }
        return builder.build();
    }

    /** Steps a case takes once: report, registration, (latest) dispatch. */
    private static void caseSteps(Builder builder, CaseFact fact) {
        builder.count(fact.reportedAt(), Counter.REPORTED, 1);
        builder.count(fact.registeredAt(), Counter.REGISTERED, 1);
        builder.count(fact.dispatchedAt(), Counter.DISPATCHED, 1);
    }

    /** The fact's closure by unit and whole hours (as {@code floor(epoch / 3600)} of the facts gives them). */
    private static void closeHours(Builder builder, CaseFact fact) {
        if (fact.closedAt() != null) {
            builder.closeHours(fact.closedAt(), Math.floorDiv(Duration.between(fact.reportedAt(), fact.closedAt()).getSeconds(), 3600));
        }
    }

    /** One round of handling: its deadline, resolution and close (a reopen starts the next round). */
    private static void round(Builder builder, CaseFact fact) {
        closeHours(builder, fact);
        if (fact.selfResolved()) {
            // a worker's own fix on the spot: no department resolved it (处置数 and 处置率 stay theirs)
            builder.count(fact.resolvedAt(), Counter.SELF_RESOLVED, 1);
        } else {
            builder.count(fact.resolvedAt(), Counter.RESOLVED, 1);
            if (Boolean.TRUE.equals(fact.resolvedOnTime())) {
                builder.count(fact.resolvedAt(), Counter.RESOLVED_ON_TIME, 1);
            }
        }
        if (!fact.state().equals("rejected")) {
            builder.count(fact.deadline(), Counter.DEADLINE_DUE, 1);
        }
        if (fact.closedAt() != null) {
            builder.count(fact.closedAt(), Counter.CLOSED, 1);
            if (Boolean.TRUE.equals(fact.closedOnTime())) {
                builder.count(fact.closedAt(), Counter.CLOSED_ON_TIME, 1);
            }
            long seconds = Math.max(0, Duration.between(fact.reportedAt(), fact.closedAt()).toSeconds());
            builder.count(fact.closedAt(), Counter.CLOSE_SECONDS, seconds);
            builder.closeTime(fact.closedAt(), CloseTime.bucketOf(seconds));
            if (fact.deadline() != null && !fact.state().equals("rejected")) {
                builder.overlap(fact.closedAt(), fact.deadline());
            }
        }
    }

    private static final class Builder {
        private final ZoneId zone;
        private final Dimensions dims;
        private final Map<DailyKey, Map<Counter, Long>> daily = new LinkedHashMap<>();
        private final Map<OverlapKey, Long> overlaps = new LinkedHashMap<>();
        private final Map<CloseTimeKey, Long> closeTimes = new LinkedHashMap<>();
        private final Map<CloseHoursKey, Long> closeHours = new LinkedHashMap<>();

        Builder(ZoneId zone, Dimensions dims) {
            this.zone = zone;
            this.dims = dims;
        }

        void count(Instant at, Counter counter, long amount) {
            if (at == null) {
                return;
            }
            daily.computeIfAbsent(new DailyKey(day(at), dims), k -> new EnumMap<>(Counter.class))
                    .merge(counter, amount, Long::sum);
        }

        void overlap(Instant closedAt, Instant deadline) {
            overlaps.merge(new OverlapKey(day(closedAt), day(deadline), dims), 1L, Long::sum);
        }

        void closeTime(Instant closedAt, int bucket) {
            closeTimes.merge(new CloseTimeKey(day(closedAt), dims.areaCodes(), bucket), 1L, Long::sum);
        }

        void closeHours(Instant closedAt, long hours) {
            closeHours.merge(CloseHoursKey.of(day(closedAt), dims, hours), 1L, Long::sum);
        }

        private LocalDate day(Instant at) {
            return at.atZone(zone).toLocalDate();
        }

        Footprint build() {
            return new Footprint(daily, overlaps, closeTimes, closeHours);
        }
    }
}
