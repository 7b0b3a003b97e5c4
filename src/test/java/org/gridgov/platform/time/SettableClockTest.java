package org.gridgov.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.gridgov.support.MutableClock;
import org.junit.jupiter.api.Test;

class SettableClockTest {

    private static final Instant WALL = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant SEPTEMBER = Instant.parse("2026-09-02T22:00:00Z");

    private final MutableClock wall = new MutableClock(WALL);
    private final SettableClock clock = new SettableClock(wall);

    @Test
    void unsetItIsTheWallClock() {
        assertThat(clock.instant()).isEqualTo(WALL);
        assertThat(clock.setting()).isEmpty();
    }

    @Test
    void setBackItRunsFromThereAtItsSpeed() {
        clock.set(new SettableClock.Setting(SEPTEMBER, WALL, 1440));
        assertThat(clock.instant()).isEqualTo(SEPTEMBER);

        wall.advance(Duration.ofMinutes(1));
        assertThat(clock.instant()).as("a minute of the wall clock is a day at 1440x").isEqualTo(SEPTEMBER.plus(Duration.ofDays(1)));
        assertThat(clock.wall().instant()).isEqualTo(WALL.plus(Duration.ofMinutes(1)));
        assertThat(clock.setting()).isPresent();
    }

    @Test
    void itNeverRunsAheadOfTheWallClockAndIsTheWallClockOnceItCatchesUp() {
        clock.set(new SettableClock.Setting(WALL.minus(Duration.ofDays(2)), WALL, 1440));
        wall.advance(Duration.ofSeconds(119)); // at 1440x, 119 s of the wall clock are 47.6 h: not yet two days
        assertThat(clock.instant()).isBefore(wall.instant());

        wall.advance(Duration.ofSeconds(2));
        assertThat(clock.instant()).isEqualTo(wall.instant());
        assertThat(clock.setting()).as("caught up").isEmpty();
        wall.advance(Duration.ofHours(1));
        assertThat(clock.instant()).isEqualTo(wall.instant());
    }

    @Test
    void resetItIsTheWallClockAgain() {
        clock.set(new SettableClock.Setting(SEPTEMBER, WALL, 60));
        clock.reset();
        assertThat(clock.instant()).isEqualTo(WALL);
        assertThat(clock.setting()).isEmpty();
    }

    @Test
    void itIsSetInThePastOnlyAtASpeedOfAtLeastOne() {
        assertThatThrownBy(() -> clock.set(new SettableClock.Setting(WALL.plusSeconds(1), WALL, 1))).hasMessageContaining("past");
        assertThatThrownBy(() -> new SettableClock.Setting(SEPTEMBER, WALL, 0.5)).hasMessageContaining("speed");
        assertThatThrownBy(() -> new SettableClock.Setting(SEPTEMBER, WALL, Double.NaN)).hasMessageContaining("speed");
    }

    @Test
    void aViewInAnotherZoneMovesWithIt() {
        Clock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));
        clock.set(new SettableClock.Setting(SEPTEMBER, WALL, 1));
        assertThat(shanghai.instant()).isEqualTo(SEPTEMBER);
        assertThat(shanghai.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void theWallTimeBehindAClockIsItsWallClockWhenSettableElseTheClockItself() {
        assertThat(SettableClock.wallOf(clock)).isSameAs(wall);
        assertThat(SettableClock.wallOf(wall)).isSameAs(wall);
    }

    @Test
    void onlyTheDemoAndTheTestsMaySetTheClock() {
        assertThat(Clocks.settable(Optional.empty(), true, false)).as("the demo's is settable").isTrue();
        assertThat(Clocks.settable(Optional.empty(), false, false)).isFalse();
        assertThat(Clocks.settable(Optional.of(false), true, false)).as("the demo may keep it fixed").isFalse();
        assertThat(Clocks.settable(Optional.of(true), false, true)).as("a test may ask for it").isTrue();
        assertThatThrownBy(() -> Clocks.settable(Optional.of(true), false, false)).hasMessageContaining("demo only");
    }
}
