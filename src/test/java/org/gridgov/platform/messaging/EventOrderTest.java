package org.gridgov.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.platform.messaging.EventOrder.Verdict.ALREADY_APPLIED;
import static org.gridgov.platform.messaging.EventOrder.Verdict.APPLY;
import static org.gridgov.platform.messaging.EventOrder.Verdict.APPLY_UNNUMBERED;
import static org.gridgov.platform.messaging.EventOrder.Verdict.HOLD;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EventOrderTest {

    @Test
    void theFirstEventOfAStreamIsNumberOne() {
        assertThat(EventOrder.of(0, 1L)).isEqualTo(APPLY);
        assertThat(EventOrder.of(0, 2L)).isEqualTo(HOLD);
    }

    @Test
    void onlyTheNextNumberIsApplied() {
        assertThat(EventOrder.of(7, 8L)).isEqualTo(APPLY);
        assertThat(EventOrder.of(7, 9L)).isEqualTo(HOLD);
        assertThat(EventOrder.of(7, 1_000L)).isEqualTo(HOLD);
    }

    @Test
    void aNumberAppliedBeforeIsSkipped() {
        assertThat(EventOrder.of(7, 7L)).isEqualTo(ALREADY_APPLIED);
        assertThat(EventOrder.of(7, 1L)).isEqualTo(ALREADY_APPLIED);
    }

    @Test
    void anUnnumberedEventCountsOnlyBeforeTheFirstNumberedOne() {
        assertThat(EventOrder.of(0, null)).isEqualTo(APPLY_UNNUMBERED);
        assertThat(EventOrder.of(1, null)).isEqualTo(ALREADY_APPLIED);
    }

    @Test
    void numbersBelowOneAndNegativePositionsAreRefused() {
        assertThatThrownBy(() -> EventOrder.of(0, 0L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventOrder.of(-1, 1L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anyDeliveryOrderWithDuplicatesAppliesEachEventOnceInOrder() {
        // 1..6 delivered shuffled, with redeliveries: the consumer ends having applied 1..6 in order
        long[] delivered = {3, 1, 3, 2, 6, 1, 5, 4, 6, 2};
        List<Long> applied = new ArrayList<>();
        TreeMap<Long, Boolean> held = new TreeMap<>();
        long last = 0;
        for (long sequence : delivered) {
            switch (EventOrder.of(last, sequence)) {
                case APPLY -> {
                    applied.add(sequence);
                    last = sequence;
                    while (held.remove(last + 1) != null) {
                        applied.add(++last);
                    }
                }
                case HOLD -> held.put(sequence, true);
                default -> { }
            }
        }
        assertThat(applied).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(held).isEmpty();
    }
}
