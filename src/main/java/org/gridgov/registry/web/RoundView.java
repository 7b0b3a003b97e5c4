package org.gridgov.registry.web;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridgov.registry.app.RoundReport;
import org.gridgov.registry.domain.BodyComment;
import org.gridgov.registry.domain.ConsultationStep;
import org.gridgov.registry.domain.Measure;
import org.gridgov.registry.domain.Nomination;
import org.gridgov.registry.domain.Round;

/**
 * A round as the public sees it: stage, the current list, every nomination ranked (with its peer
 * score, vote total and why it is ahead of the next), and the consultations with their lists.
 */
@Serdeable
public record RoundView(
        String code,
        String stage,
        String nextStage,
        int quota,
        List<ListEntry> list,
        List<Ranked> ranking,
        List<Consultation> consultations,
        String tieBreaks) {

    static final String TIE_BREAKS = "composite = 0.7 × trimmed peer score + 0.3 × votes as a share of the most-voted (weights configurable);"
            + " ties go to (1) the higher peer score, (2) more votes, (3) the earlier nomination, (4) the nomination id";

    @Serdeable
    public record ListEntry(int position, UUID nominationId, UUID measureId, String title) {
    }

    @Serdeable
    public record Ranked(int rank, UUID nominationId, UUID measureId, String title, String nominator, String nominatorKind,
            String evidence, double peerScore, int peerScores, long votes, double composite, String aheadBecause) {
    }

    @Serdeable
    public record Consultation(String stage, List<Comment> comments, List<UUID> listBefore, List<UUID> listAfter, Instant recordedAt) {
    }

    @Serdeable
    public record Comment(String body, String comment) {
    }

    static RoundView of(RoundReport report) {
        Round round = report.round();
        Map<UUID, Nomination> nominations = report.nominations().stream().collect(Collectors.toMap(Nomination::id, Function.identity()));
        Function<UUID, String> title = nominationId -> {
            Nomination nomination = nominations.get(nominationId);
            Measure measure = nomination == null ? null : report.measures().get(nomination.measureId());
            return measure == null ? null : measure.title();
        };
        List<ListEntry> list = new java.util.ArrayList<>();
        for (int i = 0; i < round.list().size(); i++) {
            UUID id = round.list().get(i);
            Nomination nomination = nominations.get(id);
            list.add(new ListEntry(i + 1, id, nomination == null ? null : nomination.measureId(), title.apply(id)));
        }
        List<Ranked> ranking = report.ranking().stream().map(ranked -> {
            Nomination nomination = nominations.get(ranked.nominationId());
            return new Ranked(ranked.rank(), ranked.nominationId(), ranked.measureId(), title.apply(ranked.nominationId()),
                    nomination.nominator(), nomination.nominatorKind().code(), nomination.evidence(), round2(ranked.peerScore()),
                    report.peerScoreCounts().getOrDefault(ranked.nominationId(), 0), ranked.votes(), round2(ranked.composite()),
                    ranked.aheadBecause());
        }).toList();
        List<Consultation> consultations = round.consultations().stream().map(RoundView::consultation).toList();
        return new RoundView(round.code().toString(), round.stage().code(), round.stage().isLast() ? null : round.stage().next().code(),
                round.quota(), list, ranking, consultations, TIE_BREAKS);
    }

    private static Consultation consultation(ConsultationStep step) {
        return new Consultation(step.stage().code(),
                step.comments().stream().map((BodyComment c) -> new Comment(c.body(), c.comment())).toList(),
                step.listBefore(), step.listAfter(), step.recordedAt());
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
