package org.gridgov.dispatch.app;

import io.micronaut.data.model.Page;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.gridgov.dispatch.domain.Case;
import org.gridgov.dispatch.domain.LinkedReport;
import org.gridgov.dispatch.domain.TimelineEntry;
import org.gridgov.dispatch.persistence.CaseFilter;
import org.gridgov.dispatch.persistence.CaseStore;
import org.gridgov.platform.refusal.Refusal;
import org.gridgov.platform.security.Caller;

/** Inboxes and case pages, limited to what the caller may see. */
@Singleton
public class FindCases {

    private final CaseStore store;
    private final Clock clock;

    public FindCases(CaseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** What the caller asks an inbox for; nulls leave a filter out. */
    public record InboxQuery(String state, Boolean overdue, String category, String township, String number,
                             boolean nearestDeadlineFirst) {
    }

    @Transactional(readOnly = true)
    public Page<Case> inbox(Caller caller, InboxQuery query, int page, int size) {
        CaseFilter all = new CaseFilter(null, null, null, null, query.state(), query.overdue(), clock.instant(),
                query.category(), query.township(), query.number(),
                query.nearestDeadlineFirst() ? CaseFilter.Order.DEADLINE : CaseFilter.Order.REPORTED);
        CaseFilter scoped = switch (caller.role()) {
            case ADMIN, REFORM_OFFICE -> all;
            case DISPATCHER -> all.scopedTo(caller.scope(), List.of(), List.of(), null);
            case TOWNSHIP -> all.scopedTo(List.of(), caller.scope(), List.of(), null);
            case WORKER -> all.scopedTo(List.of(), List.of(), caller.scope(), caller.username());
        };
        return store.search(scoped, page, size);
    }

    @Transactional(readOnly = true)
    public CaseDetails one(Caller caller, UUID id) {
        Case found = store.find(id).filter(c -> CaseAccess.canSee(caller, c))
                .orElseThrow(() -> Refusal.notFound("case " + id + " not found"));
        return new CaseDetails(found, store.timeline(id));
    }

    /** The case's reports, a page at a time, for whoever may see the case. */
    @Transactional(readOnly = true)
    public Page<LinkedReport> reports(Caller caller, UUID id, int page, int size) {
        Case found = store.find(id).filter(c -> CaseAccess.canSee(caller, c))
                .orElseThrow(() -> Refusal.notFound("case " + id + " not found"));
        return store.reports(id, found.reportCount(), page, size);
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(Caller caller, UUID id) {
        return one(caller, id).timeline();
    }
}
