package org.gridgov.registry.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.registry.domain.BodyComment;
import org.gridgov.registry.domain.HalfYear;
import org.gridgov.registry.domain.Measure;
import org.gridgov.registry.domain.MeasureStatus;
import org.gridgov.registry.domain.Nomination;
import org.gridgov.registry.domain.NominatorKind;
import org.gridgov.registry.domain.Round;
import org.gridgov.registry.domain.Stage;
import org.gridgov.registry.persistence.Measures;
import org.gridgov.registry.persistence.Rounds;

/**
 * Opens half-year rounds, takes nominations, and moves a round from stage to stage; on reaching
 * the final stage the measures on the list become selected.
 */
@Singleton
public class RunRounds {

    private final Rounds rounds;
    private final Measures measures;
    private final RankRound rankRound;
    private final Districts districts;
    private final RoundQuota defaultQuota;
    private final Clock clock;

    RunRounds(Rounds rounds, Measures measures, RankRound rankRound, Districts districts, RoundQuota defaultQuota, Clock clock) {
        this.rounds = rounds;
        this.measures = measures;
        this.rankRound = rankRound;
        this.districts = districts;
        this.defaultQuota = defaultQuota;
        this.clock = clock;
    }

    @Transactional
    public Round open(HalfYear code, Integer quota) {
        if (rounds.exists(code)) {
            throw Refusal.conflict("round " + code + " is already open");
        }
        Round round = Round.open(code, quota == null ? defaultQuota.value() : quota);
        Refusals.insertOnce(() -> rounds.insert(round, clock.instant()), "round " + code + " is already open");
        return round;
    }

    @Transactional
    public Nomination nominate(HalfYear code, UUID measureId, String nominator, NominatorKind kind, String evidence) {
        if (kind == NominatorKind.DISTRICT) {
            districts.requireDistrict("nominator", nominator);
        }
        Round round = rounds.share(code).orElseThrow(() -> roundNotFound(code));
        Refusals.check("round", () -> round.requireStage(Stage.NOMINATING, "nominate"));
        Measure measure = measures.find(measureId).orElseThrow(() -> RegisterMeasures.notFound(measureId));
        if (measure.status() != MeasureStatus.NOMINATED) {
            throw Refusal.conflict("measure '" + measure.title() + "' is " + measure.status().code() + "; only a candidate can be nominated");
        }
        if (rounds.isNominated(code, measureId)) {
            throw Refusal.conflict("measure '" + measure.title() + "' is already nominated in round " + code);
        }
        Nomination nomination = Refusals.apply("evidence",
                () -> new Nomination(UUID.randomUUID(), code, measureId, nominator, kind, evidence, clock.instant()));
        Refusals.insertOnce(() -> rounds.insert(nomination),
                "measure '" + measure.title() + "' is already nominated in round " + code);
        return nomination;
    }

    @Transactional
    public Round consult(HalfYear code, List<BodyComment> comments, List<UUID> revisedList) {
        Round round = rounds.lock(code).orElseThrow(() -> roundNotFound(code));
        Set<UUID> ofRound = rounds.nominationsOf(code).stream().map(Nomination::id).collect(Collectors.toSet());
        Round consulted = Refusals.apply("list", () -> round.consulted(comments, revisedList, ofRound, clock.instant()));
        rounds.update(consulted);
        return consulted;
    }

    /** Moves the round one stage on; reaching {@code final} selects the measures on the list. */
    @Transactional
    public Round advance(HalfYear code, Stage target) {
        Round round = rounds.lock(code).orElseThrow(() -> roundNotFound(code));
        Round advanced = Refusals.apply("stage", () -> round.advanceTo(target, rankRound.ranking(code)));
        if (target == Stage.FINAL) {
            Map<UUID, Nomination> nominations = rounds.nominationsOf(code).stream()
                    .collect(Collectors.toMap(Nomination::id, Function.identity()));
            for (UUID nominationId : advanced.list()) {
                UUID measureId = nominations.get(nominationId).measureId();
                Measure measure = measures.lock(measureId).orElseThrow();
                measures.update(Refusals.apply("list", () -> measure.selectedIn(code)));
            }
        }
        rounds.update(advanced);
        return advanced;
    }

    @Transactional
    public RoundReport report(HalfYear code) {
        Round round = rounds.find(code).orElseThrow(() -> roundNotFound(code));
        List<Nomination> nominations = rounds.nominationsOf(code);
        Set<UUID> measureIds = new HashSet<>();
        nominations.forEach(nomination -> measureIds.add(nomination.measureId()));
        Map<UUID, Measure> byId = new HashMap<>();
        measures.byIds(measureIds).forEach(measure -> byId.put(measure.id(), measure));
        return new RoundReport(round, nominations, rankRound.ranking(code), rankRound.peerScoreCounts(code), byId);
    }

    @Transactional
    public List<Round> all() {
        return rounds.all();
    }

    static RuntimeException roundNotFound(HalfYear code) {
        return Refusal.notFound("no round " + code);
    }
}
