package org.gridgov.platform.time.setting;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.gridgov.platform.time.SettableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this process's settable clock on the setting in {@code platform.clock_setting}, so that every
 * role, in whatever process, stamps its cases with the same time within a second of a change.
 */
@Singleton
class ClockSync {

    private static final Logger LOG = LoggerFactory.getLogger(ClockSync.class);

    private final Clock clock;
    private final ClockSettingTable table;
    private volatile Optional<SettableClock.Setting> applied = Optional.empty();

    ClockSync(Clock clock, ClockSettingTable table) {
        this.clock = clock;
        this.table = table;
    }

    @Scheduled(fixedDelay = "${gridgov.clock.sync-interval:1s}", initialDelay = "0s")
    void follow() {
        if (!(clock instanceof SettableClock settable)) {
            return;
        }
        apply(settable, table.read());
    }

    /** Applies a setting this process has just written, without waiting for the next poll. */
    void apply(SettableClock settable, Optional<SettableClock.Setting> setting) {
        if (setting.equals(applied)) {
            return;
        }
        setting.ifPresentOrElse(settable::set, settable::reset);
        applied = setting;
        setting.ifPresentOrElse(
                s -> LOG.warn("The platform clock now runs from {} at {}x the wall clock (set back for a demo's history)",
                        s.from(), s.speed()),
                () -> LOG.info("The platform clock is the wall clock again"));
    }
}
