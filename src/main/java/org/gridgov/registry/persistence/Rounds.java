package org.gridgov.registry.persistence;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gridgov.registry.domain.BodyComment;
import org.gridgov.registry.domain.ConsultationStep;
import org.gridgov.registry.domain.HalfYear;
import org.gridgov.registry.domain.Nomination;
import org.gridgov.registry.domain.NominatorKind;
import org.gridgov.registry.domain.Round;
import org.gridgov.registry.domain.Stage;

/** Rounds with their consultation steps, and their nominations. */
@Singleton
public class Rounds {

    private final RoundRows rounds;
    private final ConsultationStepRows steps;
    private final NominationRows nominations;

    Rounds(RoundRows rounds, ConsultationStepRows steps, NominationRows nominations) {
        this.rounds = rounds;
        this.steps = steps;
        this.nominations = nominations;
    }

    public Optional<Round> find(HalfYear code) {
        return rounds.findById(code.toString()).map(this::toDomain);
    }

    /** For a command that changes the round: the row stays locked until the transaction ends. */
    public Optional<Round> lock(HalfYear code) {
        return rounds.lockByCode(code.toString()).map(this::toDomain);
    }

    /** For a command that needs the stage to hold still but does not change the round. */
    public Optional<Round> share(HalfYear code) {
        return rounds.shareByCode(code.toString()).map(this::toDomain);
    }

    public List<Round> all() {
        return rounds.findAllOrderByCode().stream().map(this::toDomain).toList();
    }

    public boolean exists(HalfYear code) {
        return rounds.existsById(code.toString());
    }

    public void insert(Round round, Instant openedAt) {
        rounds.save(new RoundRow(round.code().toString(), round.stage().code(), round.quota(), ids(round.list()), openedAt));
        saveNewSteps(round);
    }

    public void update(Round round) {
        RoundRow stored = rounds.findById(round.code().toString()).orElseThrow();
        rounds.update(new RoundRow(stored.code(), round.stage().code(), round.quota(), ids(round.list()), stored.openedAt()));
        saveNewSteps(round);
    }

    public List<Nomination> nominationsOf(HalfYear code) {
        return nominations.findByRoundCodeOrderByNominatedAt(code.toString()).stream().map(Rounds::toDomain).toList();
    }

    public Optional<Nomination> nomination(UUID id) {
        return nominations.findById(id).map(Rounds::toDomain);
    }

    public boolean isNominated(HalfYear code, UUID measureId) {
        return nominations.existsByRoundCodeAndMeasureId(code.toString(), measureId);
    }

    public void insert(Nomination nomination) {
        nominations.save(new NominationRow(nomination.id(), nomination.round().toString(), nomination.measureId(),
                nomination.nominator(), nomination.nominatorKind().code(), nomination.evidence(), nomination.nominatedAt()));
    }

    private void saveNewSteps(Round round) {
        Set<String> stored = steps.findByRoundCodeOrderByRecordedAt(round.code().toString()).stream()
                .map(ConsultationStepRow::stage).collect(Collectors.toSet());
        for (ConsultationStep step : round.consultations()) {
            if (!stored.contains(step.stage().code())) {
                steps.save(new ConsultationStepRow(null, round.code().toString(), step.stage().code(),
                        step.comments().stream().map(BodyComment::body).toArray(String[]::new),
                        step.comments().stream().map(BodyComment::comment).toArray(String[]::new),
                        ids(step.listBefore()), ids(step.listAfter()), step.recordedAt()));
            }
        }
    }

    private Round toDomain(RoundRow row) {
        List<ConsultationStep> consulted = new ArrayList<>();
        for (ConsultationStepRow step : steps.findByRoundCodeOrderByRecordedAt(row.code())) {
            List<BodyComment> comments = new ArrayList<>();
            for (int i = 0; i < step.bodies().length; i++) {
                comments.add(new BodyComment(step.bodies()[i], step.comments()[i]));
            }
            consulted.add(new ConsultationStep(Stage.fromCode(step.stage()), comments, uuids(step.listBefore()),
                    uuids(step.listAfter()), step.recordedAt()));
        }
        return new Round(HalfYear.parse(row.code()), Stage.fromCode(row.stage()), row.quota(), uuids(row.list()), consulted);
    }

    private static Nomination toDomain(NominationRow row) {
        return new Nomination(row.id(), HalfYear.parse(row.roundCode()), row.measureId(), row.nominator(),
                NominatorKind.fromCode(row.nominatorKind()), row.evidence(), row.nominatedAt());
    }

    private static String[] ids(List<UUID> list) {
        return list.stream().map(UUID::toString).toArray(String[]::new);
    }

    private static List<UUID> uuids(String[] ids) {
        return ids == null ? List.of() : Arrays.stream(ids).map(UUID::fromString).toList();
    }
}
