package org.gridgov.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The platform's clock when a demo lays down history: an administrator sets it back to a moment of
 * the past and lets it run from there, faster than the wall clock if asked. Every case, deadline and
 * daily figure then reads that time. It is a clock for the past only: it never runs ahead of the wall
 * clock, and once it reaches it, it is the wall clock again, so a simulation that dies halfway leaves
 * the platform on real time, never in the future.
 *
 * <p>Security and operations keep to the wall clock ({@link #wall()}): sessions, login throttling,
 * caches and the rhythm of cluster jobs are about real time whatever the cases say.
 */
public final class SettableClock extends Clock {

    /** Simulated time {@code from} at the wall instant {@code wallAt}, running {@code speed} times as fast. */
    public record Setting(Instant from, Instant wallAt, double speed) {

        public Setting {
            if (!(speed >= 1) || Double.isInfinite(speed)) {
                throw new IllegalArgumentException("speed must be a finite number of at least 1, not " + speed);
            }
        }

        /** The simulated instant at a wall instant, or empty once it would reach the wall clock. */
        Optional<Instant> at(Instant wall) {
            long elapsedNanos = Duration.between(wallAt, wall).toNanos();
            Instant simulated = from.plusNanos((long) (Math.max(0, elapsedNanos) * speed));
            return simulated.isBefore(wall) ? Optional.of(simulated) : Optional.empty();
        }
    }

    private final Clock wall;
    private volatile Setting setting;

    public SettableClock(Clock wall) {
        this.wall = wall;
    }

    /** The clock behind this one: real time. */
    public Clock wall() {
        return wall;
    }

    /** Runs from {@code setting.from()} on; refused for a moment after the wall clock's. */
    public void set(Setting setting) {
        if (setting.from().isAfter(setting.wallAt())) {
            throw new IllegalArgumentException("the platform clock runs in the past only, not at " + setting.from());
        }
        this.setting = setting;
    }

    /** Back to the wall clock. */
    public void reset() {
        this.setting = null;
    }

    /** The setting in force, empty when this is the wall clock (never set, reset, or caught up). */
    public Optional<Setting> setting() {
        Setting current = setting;
        if (current != null && current.at(wall.instant()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(current);
    }

    @Override
    public Instant instant() {
        Instant now = wall.instant();
        Setting current = setting;
        return current == null ? now : current.at(now).orElse(now);
    }

    @Override
    public ZoneId getZone() {
        return wall.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // a view in another zone of the same time: setting this one moves that one too
        SettableClock parent = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return parent.withZone(other);
            }

            @Override
            public Instant instant() {
                return parent.instant();
            }
        };
    }

    /** The wall time behind the platform's clock: the clock itself unless it is a settable one. */
    public static Clock wallOf(Clock clock) {
        return clock instanceof SettableClock settable ? settable.wall() : clock;
    }
}
