package org.gridgov.registry.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One step of 两上两下: who commented, what they said, and the list before and after it. */
public record ConsultationStep(
        Stage stage,
        List<BodyComment> comments,
        List<UUID> listBefore,
        List<UUID> listAfter,
        Instant recordedAt) {

    public ConsultationStep {
        if (!stage.isConsultation()) {
            throw new IllegalArgumentException(stage.code() + " is not a consultation stage");
        }
        comments = List.copyOf(comments);
        listBefore = List.copyOf(listBefore);
        listAfter = List.copyOf(listAfter);
    }
}
