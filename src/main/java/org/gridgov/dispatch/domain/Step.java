package org.gridgov.dispatch.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Runs one command's transitions against the table, collecting the changes. */
final class Step {
    private Case current;
    private final Instant now;
    private final List<CaseChange> changes = new ArrayList<>();
    private UUID report;

    Step(Case start, Instant now) {
        this.current = start;
        this.now = now;
    }

    Case current() {
        return current;
    }

    /** The next change applied is about this report. */
    Step about(UUID reportId) {
        this.report = reportId;
        return this;
    }

    Step record(CaseChange change) {
        changes.add(change);
        return this;
    }

    Step apply(CaseAction action, Actor actor, String reason, String note, List<String> photos,
               Consumer<CaseDraft> effect) {
        CaseState from = current.state();
        Transitions.Move move = Transitions.find(from, action)
                .orElseThrow(() -> CaseRefused.illegal(from, action));
        if (!move.roles().contains(actor.role())) {
            throw CaseRefused.role(actor.role(), from, action);
        }
        CaseState next = move.nextFrom(current);
        CaseDraft draft = new CaseDraft(current);
        effect.accept(draft);
        draft.state = next;
        current = draft.build();
        changes.add(new CaseChange(action, from, next, actor, now, reason, note, photos, current, report));
        report = null;
        return this;
    }

    Outcome done() {
        return new Outcome(current, changes);
    }
}
