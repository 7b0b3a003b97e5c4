package org.gridgov.dispatch.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.dispatch.domain.LimitUnit;
import org.gridgov.dispatch.domain.PhaseLimits;
import org.gridgov.dispatch.domain.TimeLimit;
import org.junit.jupiter.api.Test;

class TownshipTimeLimitsTest {

    @Test
    void theTownshipsLimitsAreReadFromSettings() {
        PhaseLimits limits = new TownshipTimeLimits().phaseLimits("4 working_hour", " 2 WORKING_DAY ");

        assertThat(limits.verification()).isEqualTo(new TimeLimit(4, LimitUnit.WORKING_HOUR));
        assertThat(limits.closing()).isEqualTo(new TimeLimit(2, LimitUnit.WORKING_DAY));
    }

    @Test
    void aBadSettingStopsTheStartNamingIt() {
        assertThatThrownBy(() -> new TownshipTimeLimits().phaseLimits("one day", "1 working_day"))
                .hasMessageContaining("gridgov.dispatch.verification-limit");
        assertThatThrownBy(() -> new TownshipTimeLimits().phaseLimits("1 working_day", "0 working_hour"))
                .hasMessageContaining("gridgov.dispatch.closing-limit");
    }
}
