package org.gridgov.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.gridgov.simulator.Tally.Count;
import org.junit.jupiter.api.Test;

class TallyTest {

    @Test
    void aJoinedCaseNoEventOpenedWasOpenBeforeTheRunAndIsNamedInTheSummary() {
        Tally tally = new Tally();
        tally.opened("case-a");
        tally.joined("case-a"); // a passer-by's event of the same kind close by
        tally.joined("demo-case");
        tally.joined("demo-case");

        assertThat(tally.get(Count.CASES)).isEqualTo(1);
        assertThat(tally.get(Count.LINKED_TO_EARLIER_CASE)).isEqualTo(3);
        assertThat(tally.joinedFromBefore()).containsExactly("demo-case");
        assertThat(tally.summary(Duration.ofSeconds(5)))
                .contains("joined cases from before the run, left as they were: 1 [demo-case]")
                .contains("left unhandled    0");
    }
}
