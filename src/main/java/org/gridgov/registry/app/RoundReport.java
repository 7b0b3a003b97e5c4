package org.gridgov.registry.app;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.registry.domain.Measure;
import org.gridgov.registry.domain.Nomination;
import org.gridgov.registry.domain.RankedNomination;
import org.gridgov.registry.domain.Round;

/** Everything public about a round: its stage and list, its nominations ranked, its consultations. */
public record RoundReport(
        Round round,
        List<Nomination> nominations,
        List<RankedNomination> ranking,
        Map<UUID, Integer> peerScoreCounts,
        Map<UUID, Measure> measures) {
}
