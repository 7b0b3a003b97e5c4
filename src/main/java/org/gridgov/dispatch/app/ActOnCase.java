package org.gridgov.dispatch.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.gridgov.dispatch.domain.Actor;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.CaseAction;
import org.gridgov.dispatch.domain.CaseRefused;
import org.gridgov.dispatch.domain.Outcome;
import org.gridgov.dispatch.domain.WorkingTime;
import org.gridgov.dispatch.persistence.CaseStore;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.platform.security.Caller;

/**
 * Every human action on a case: load → check scope and version → domain command → save with
 * timeline and outbox, in one transaction. A stale {@code If-Match} or a lost race is 412.
 */
@Singleton
public class ActOnCase {

    /** The domain command an action runs, given the case, the actor and the calendar. */
    @FunctionalInterface
    public interface Command {
        Outcome run(Case c, Actor actor, Instant now, WorkingTime calendar);
    }

    private final CaseStore store;
    private final CaseRecorder recorder;
    private final WorkingTime calendar;
    private final Clock clock;

    public ActOnCase(CaseStore store, CaseRecorder recorder, WorkingTime calendar, Clock clock) {
        this.store = store;
        this.recorder = recorder;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public CaseDetails act(UUID id, long expectedVersion, Caller caller, CaseAction action, Command command) {
        Case current = store.find(id).filter(c -> CaseAccess.canSee(caller, c))
                .orElseThrow(() -> Refusal.notFound("case " + id + " not found"));
        if (current.version() != expectedVersion) {
            throw Refusal.stale("case " + id + " is at version " + current.version()
                    + ", not " + expectedVersion + "; reload it");
        }
        Actor actor = new Actor(caller.username(), CaseAccess.actingRole(caller, current, action));
        Outcome outcome;
        try {
            outcome = command.run(current, actor, clock.instant(), calendar);
        } catch (CaseRefused refused) {
            throw toRefusal(refused);
        }
        try {
            Case saved = recorder.recordChanged(outcome);
            return new CaseDetails(saved, store.timeline(id));
        } catch (CaseStore.StaleCase stale) {
            throw Refusal.stale(stale.getMessage() + "; reload it");
        }
    }

    static Refusal toRefusal(CaseRefused refused) {
        return switch (refused.kind()) {
            case ILLEGAL_TRANSITION, RULE -> Refusal.conflict(refused.getMessage());
            case ROLE -> Refusal.notAllowed(refused.getMessage());
            case INPUT -> Refusal.invalid(refused.field(), refused.getMessage());
        };
    }
}
