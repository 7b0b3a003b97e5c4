package org.gridgov.dispatch.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import org.gridgov.dispatch.domain.Actor;
import org.gridgov.dispatch.domain.ActorRole;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.CaseRefused;
import org.gridgov.dispatch.domain.Rating;
import org.gridgov.dispatch.domain.WorkingTime;
import org.gridgov.dispatch.persistence.CaseStore;
import org.gridgov.platform.messaging.PoisonMessage;

/**
 * A citizen's rating, accepted by intake after it checked the Open311 request's token, applied to
 * the case as its reporter's rating: the same command as a reporter's rating in the console, so a
 * dissatisfied citizen reopens the case within the window and the rating reaches gridgov.cases.v1
 * (CaseRated) and the satisfaction figures. The case still checks its own rules (closed, rated only
 * once, by its reporter); a rating it refuses goes to the dead-letter topic with the reason.
 */
@Singleton
public class RecordCitizenRating {

    /** What intake accepted: whose case, rated by which reporter (the citizen's app), how. */
    public record CitizenRating(UUID caseId, String reporter, Rating rating, String comment) {
    }

    private final CaseStore store;
    private final CaseRecorder recorder;
    private final WorkingTime calendar;
    private final Clock clock;

    public RecordCitizenRating(CaseStore store, CaseRecorder recorder, WorkingTime calendar, Clock clock) {
        this.store = store;
        this.recorder = recorder;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public void record(CitizenRating rating) {
        Case rated = store.find(rating.caseId())
                .orElseThrow(() -> new PoisonMessage("CitizenRated for unknown case " + rating.caseId()));
        try {
            recorder.recordChanged(rated.rate(new Actor(rating.reporter(), ActorRole.REPORTER), rating.rating(),
                    rating.comment(), clock.instant(), calendar));
        } catch (CaseRefused refused) {
            throw new PoisonMessage("CitizenRated refused for case " + rating.caseId() + ": " + refused.getMessage());
        }
    }
}
