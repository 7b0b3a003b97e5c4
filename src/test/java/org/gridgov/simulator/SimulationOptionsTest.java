package org.gridgov.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulationOptionsTest {

    private static SimulationOptions parse(String... args) {
        return SimulationOptions.parse(args, "http://localhost:8080", null);
    }

    @Test
    void withoutOptionsOneDayOfZiboAtSixtyTimesRealTime() {
        SimulationOptions options = parse();
        assertThat(options.city()).isEqualTo("zibo");
        assertThat(options.days()).isEqualTo(1);
        assertThat(options.rate()).hasToString("60x");
        assertThat(options.url()).hasToString("http://localhost:8080");
        assertThat(options.adminPassword()).isNull();
    }

    @Test
    void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
        SimulationOptions options = parse("--days", "90", "--rate=max", "--seed", "7", "--per-day=30", "--url", "http://h:9/");
        assertThat(options.days()).isEqualTo(90);
        assertThat(options.rate().max()).isTrue();
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.perDay()).isEqualTo(30);
        assertThat(options.url()).hasToString("http://h:9");
    }

    @Test
    void aRateCompressesSimulatedTime() {
        assertThat(Rate.parse("60x").real(Duration.ofDays(1))).isEqualTo(Duration.ofMinutes(24));
        assertThat(Rate.parse("1x").real(Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
        assertThat(Rate.MAX.real(Duration.ofDays(90))).isZero();
    }

    @Test
    void badOptionsAreRefusedNamingThem() {
        assertThatThrownBy(() -> parse("--rate", "fast")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> parse("--rate", "0x")).hasMessageContaining("--rate");
        assertThatThrownBy(() -> parse("--days", "0")).hasMessageContaining("--days");
        assertThatThrownBy(() -> parse("--days", "x")).hasMessageContaining("--days");
        assertThatThrownBy(() -> parse("--city", "jinan")).hasMessageContaining("--city");
        assertThatThrownBy(() -> parse("--speed", "2")).hasMessageContaining("--speed");
        assertThatThrownBy(() -> parse("--url", "ftp://x")).hasMessageContaining("--url");
        assertThatThrownBy(() -> parse("--seed")).hasMessageContaining("--seed");
    }

    @Test
    void historyPlaysTheDaysBeforeTodayADayAMinuteUnlessARateIsGiven() {
        SimulationOptions history = SimulationOptions.parse(new String[] {"--days", "90", "--history"}, "http://localhost:8080", "pw");
        assertThat(history.history()).isTrue();
        assertThat(history.days()).isEqualTo(90);
        assertThat(history.rate()).hasToString("1440x");
        assertThat(SimulationOptions.parse(new String[] {"--history", "--rate", "4320x"}, "http://localhost:8080", "pw").rate())
                .hasToString("4320x");
        assertThat(parse().history()).isFalse();
    }

    @Test
    void historyNeedsTheAdministratorAndAPaceTheClockCanKeep() {
        assertThatThrownBy(() -> parse("--history")).hasMessageContaining("--history").hasMessageContaining("GRIDGOV_ADMIN_PASSWORD");
        assertThatThrownBy(() -> SimulationOptions.parse(new String[] {"--history", "--rate", "max"}, "http://localhost:8080", "pw"))
                .hasMessageContaining("--history").hasMessageContaining("not max");
    }
}
