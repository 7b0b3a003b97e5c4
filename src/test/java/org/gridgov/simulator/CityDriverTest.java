package org.gridgov.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the driver is done with a closed case it rated. */
class CityDriverTest {

    @Test
    void aClosedCaseWaitsForTheRatingTheSimulatorGaveUntilItShows() {
        assertThat(CityDriver.awaitsRating(true, false, false)).as("a citizen's rating still on its way over Kafka").isTrue();
        assertThat(CityDriver.awaitsRating(true, false, true)).as("the rating shows on the case").isFalse();
        assertThat(CityDriver.awaitsRating(false, false, false)).as("a case the simulator does not rate").isFalse();
    }

    @Test
    void aCaseReopenedByItsRatingIsDoneWhenItClosesAgainUnrated() {
        // 不满意 reopens the case once; it closes again without a rating, and the simulator rates once
        assertThat(CityDriver.awaitsRating(true, true, false)).isFalse();
    }
}
