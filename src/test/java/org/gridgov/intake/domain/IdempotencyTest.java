package org.gridgov.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdempotencyTest {

    @Test
    void anUnseenClientIdIsANewReport() {
        assertThat(Idempotency.judge(Optional.empty(), "f1")).isEqualTo(Idempotency.Outcome.NEW);
    }

    @Test
    void aSeenClientIdWithTheSameContentIsAReplay() {
        assertThat(Idempotency.judge(Optional.of("f1"), "f1")).isEqualTo(Idempotency.Outcome.REPLAY);
    }

    @Test
    void aSeenClientIdWithOtherContentIsAConflict() {
        assertThat(Idempotency.judge(Optional.of("f1"), "f2")).isEqualTo(Idempotency.Outcome.CONFLICT);
    }
}
