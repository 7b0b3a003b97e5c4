package org.gridgov.registry.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A half-year selection round. It moves through {@link Stage} one step at a time, never back.
 * Leaving public voting draws the draft list (the top {@code quota} of the ranking); each
 * consultation step may revise it; the round reaches {@link Stage#FINAL} only with exactly
 * {@code quota} nominations on the list.
 *
 * @param list the nominations on the current list, in rank order; empty before the draft
 */
public record Round(HalfYear code, Stage stage, int quota, List<UUID> list, List<ConsultationStep> consultations) {

    public Round {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(stage, "stage");
        if (quota < 1) {
            throw new IllegalArgumentException("a round selects at least one measure");
        }
        list = List.copyOf(list);
        consultations = List.copyOf(consultations);
    }

    public static Round open(HalfYear code, int quota) {
        return new Round(code, Stage.NOMINATING, quota, List.of(), List.of());
    }

    public void requireStage(Stage expected, String action) {
        if (stage != expected) {
            throw new RuleViolation("cannot " + action + " in round " + code + ": it is at stage "
                    + stage.code() + ", not " + expected.code());
        }
    }

    /** Moves to {@code target}, which must be the very next stage. */
    public Round advanceTo(Stage target, List<RankedNomination> ranking) {
        if (target == stage) {
            throw new RuleViolation("round " + code + " is already at stage " + stage.code());
        }
        if (target.ordinal() < stage.ordinal()) {
            throw new RuleViolation("round " + code + " cannot go back from " + stage.code() + " to " + target.code());
        }
        Stage next = stage.next();
        if (target != next) {
            throw new RuleViolation("round " + code + " cannot skip from " + stage.code() + " to " + target.code()
                    + "; the next stage is " + next.code());
        }
        if (stage.isConsultation() && consultationAt(stage).isEmpty()) {
            throw new RuleViolation("record the consultation of stage " + stage.code() + " before moving on");
        }
        List<UUID> nextList = list;
        if (target == Stage.CONSULTATION_1_UP) {
            if (ranking.size() < quota) {
                throw new RuleViolation("round " + code + " has " + ranking.size() + " nominations; it needs at least "
                        + quota + " to draw a list of " + quota);
            }
            nextList = ranking.subList(0, quota).stream().map(RankedNomination::nominationId).toList();
        }
        if (target == Stage.FINAL && list.size() != quota) {
            throw new RuleViolation("the final list must hold exactly " + quota + " measures, not " + list.size());
        }
        return new Round(code, target, quota, nextList, consultations);
    }

    /**
     * Records the consultation of the current stage: the bodies' comments and the list as revised
     * in answer to them (the same list when nothing changes).
     */
    public Round consulted(List<BodyComment> comments, List<UUID> revisedList, Set<UUID> nominationsOfRound, Instant at) {
        if (!stage.isConsultation()) {
            throw new RuleViolation("round " + code + " is at stage " + stage.code() + ", which is not a consultation");
        }
        if (consultationAt(stage).isPresent()) {
            throw new RuleViolation("the consultation of stage " + stage.code() + " is already recorded");
        }
        if (comments.isEmpty()) {
            throw new RuleViolation("a consultation records at least one body's comment");
        }
        if (new HashSet<>(revisedList).size() != revisedList.size()) {
            throw new RuleViolation("the revised list names a nomination twice");
        }
        for (UUID nomination : revisedList) {
            if (!nominationsOfRound.contains(nomination)) {
                throw new RuleViolation("nomination " + nomination + " is not part of round " + code);
            }
        }
        List<ConsultationStep> steps = new ArrayList<>(consultations);
        steps.add(new ConsultationStep(stage, comments, list, revisedList, at));
        return new Round(code, stage, quota, revisedList, steps);
    }

    public Optional<ConsultationStep> consultationAt(Stage consultationStage) {
        return consultations.stream().filter(step -> step.stage() == consultationStage).findFirst();
    }

    public boolean isFinal() {
        return stage.ordinal() >= Stage.FINAL.ordinal();
    }
}
