package org.gridgov.dispatch.app;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.CaseAction;
import org.gridgov.dispatch.domain.CaseChange;
import org.gridgov.dispatch.domain.Outcome;
import org.gridgov.dispatch.messaging.WireMapping;
import org.gridgov.dispatch.persistence.CaseStore;
import org.gridgov.dispatch.messaging.DispatchOutbox;
import org.gridgov.platform.messaging.Outbox;
import org.gridgov.platform.messaging.Topics;

/**
 * Makes an outcome durable on the caller's transaction: the case under its version, one timeline
 * entry per change, a row per report it added, one cases.v1 message per change with the next
 * numbers of the case's event sequence, and work orders for departments.
 */
@Singleton
public class CaseRecorder {

    private final CaseStore store;
    private final DispatchOutbox outbox;

    public CaseRecorder(CaseStore store, DispatchOutbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    public Case recordNew(Outcome outcome) {
        return publish(outcome, store.insert(outcome.after()));
    }

    /** Throws {@link CaseStore.StaleCase} when the case changed since it was loaded. */
    public Case recordChanged(Outcome outcome) {
        if (!outcome.changed()) {
            return outcome.after();
        }
        return publish(outcome, store.update(outcome.after()));
    }

    private Case publish(Outcome outcome, Case saved) {
        int events = (int) outcome.changes().stream().filter(c -> c.action().eventType() != null).count();
        long sequence = events == 0 ? 0 : store.takeSequences(saved.id(), events) - events;
        // the timeline entries and the messages go in one batch each: a new case has three steps
        // (open, register, dispatch) and four messages, which were seven round trips
        store.appendAll(outcome.changes());
        List<Outbox.Message> messages = new ArrayList<>();
        for (CaseChange change : outcome.changes()) {
            Case after = change.after();
            String key = after.id().toString();
            if (change.addsReport()) {
                store.addReport(after.id(), after.reportCount(), change.report(), change.at());
            }
            if (change.action().eventType() != null) {
                messages.add(outbox.message(Topics.CASES, key, WireMapping.caseEvent(change, saved.version(), ++sequence)));
            }
            if (change.dispatchesWork()) {
                messages.add(outbox.message(Topics.DISPATCH, after.department(), WireMapping.workOrderIssued(after, change.at())));
            }
            if (change.action() == CaseAction.RETURN) {
                String from = after.returnedBy().get(after.returnedBy().size() - 1);
                messages.add(outbox.message(Topics.DISPATCH, from, WireMapping.workOrderWithdrawn(after, from, change.at())));
            }
        }
        outbox.appendAll(messages);
        return saved;
    }
}
