package org.gridgov.routing.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gridgov.platform.messaging.PoisonMessage;
import org.gridgov.routing.domain.Assignment;
import org.gridgov.routing.domain.AssignmentPolicy;
import org.gridgov.routing.domain.CaseFile;
import org.gridgov.routing.domain.CaseReturn;
import org.gridgov.routing.domain.Category;
import org.gridgov.routing.domain.CategoryTable;
import org.gridgov.routing.domain.Deadlines;
import org.gridgov.routing.domain.GridChain;
import org.gridgov.routing.domain.Priority;
import org.gridgov.routing.domain.RuleBook;
import org.gridgov.routing.domain.TimeLimit;
import org.gridgov.routing.messaging.CaseEventV1;
import org.gridgov.routing.messaging.Decisions;
import org.gridgov.routing.persistence.CaseFileMapping;
import org.gridgov.routing.persistence.CaseFileRepository;
import org.gridgov.routing.persistence.CaseReturnRepository;
import org.gridgov.routing.persistence.CaseReturnRow;
import org.gridgov.routing.persistence.RuleMapper;
import org.gridgov.routing.persistence.RuleRepository;

/**
 * Follows the lifecycle that dispatch publishes: a closed or rejected case is no longer open for
 * duplicates; a returned case (退回) goes to the next matching target that has not returned it, or,
 * after two returns, to its township centre for a ruling.
 */
@Singleton
public class FollowCases {

    private final CaseFileRepository cases;
    private final CaseReturnRepository returns;
    private final RuleRepository rules;
    private final CategoryTable categories;
    private final Deadlines deadlines;
    private final AssignmentPolicy assignments;
    private final Decisions decisions;

    FollowCases(CaseFileRepository cases, CaseReturnRepository returns, RuleRepository rules,
            CategoryTable categories, Deadlines deadlines, AssignmentPolicy assignments, Decisions decisions) {
        this.cases = cases;
        this.returns = returns;
        this.rules = rules;
        this.categories = categories;
        this.deadlines = deadlines;
        this.assignments = assignments;
        this.decisions = decisions;
    }

    /** The consumer name under which routing records the case events it applied. */
    public static final String CONSUMER = "routing-cases";

    /** One case event, applied in its case's order (routing's inbox holds an early one back). */
    @Transactional
    public void follow(CaseEventV1 event) {
        Optional<CaseFile> known = cases.findById(event.caseId()).map(CaseFileMapping::toDomain);
        if (CaseEventV1.RETURNED.equals(event.type())) {
            reroute(event, known);
            return;
        }
        boolean open = !event.closesTheCase();
        known.filter(file -> file.open() != open).ifPresent(file -> cases.updateOpen(file.caseId(), open));
    }

    private void reroute(CaseEventV1 event, Optional<CaseFile> known) {
        CaseFile file = known.orElseGet(() -> CaseFileMapping.toDomain(cases.save(CaseFileMapping.toRow(fromEvent(event)))));
        String returnedBy = whoReturned(event.returnedBy(), event.department(), file.assigneeCode());
        recordReturns(file.caseId(), event, returnedBy);
        List<CaseReturnRow> history = returns.findByCaseIdOrderByReturnedAt(file.caseId());
        List<CaseReturn> domainReturns = history.stream()
                .map(r -> new CaseReturn(r.department(), r.reason(), r.returnedAt())).toList();

        GridChain chain = file.grid();
        String code = file.category();
        RuleBook ruleBook = new RuleBook(RuleMapper.toDomain(rules.findApplicableTo(code, code.substring(0, 2))));
        Assignment assignment = assignments.forReturnedCase(ruleBook, code, chain, domainReturns);

        // the new target gets the category's whole time limit from the moment of the return
        Optional<Category> category = categories.find(code);
        TimeLimit limit = category.map(deadlines::limitFor).orElse(null);
        Optional<Deadlines.Due> due = category.map(c -> deadlines.due(c, event.occurredAt()));
        due.filter(Deadlines.Due::calendarMissing).ifPresent(d -> RouteReport.warnCalendarMissing(event.occurredAt(), d));
        String priority = category.map(c -> c.priority().wire()).orElse(file.priority());
        CaseFile rerouted = CaseFileMapping.toDomain(cases.update(CaseFileMapping.toRow(
                file.reassigned(CaseFile.Assignee.of(assignment), priority, limit, due.orElse(null)))));
        decisions.caseRerouted(rerouted, domainReturns);
    }

    /** The last department that returned the case; else the event's department, else the file's assignee. */
    private static String whoReturned(List<String> returnedBy, String department, String assignee) {
        if (returnedBy != null && !returnedBy.isEmpty()) {
            return returnedBy.get(returnedBy.size() - 1);
        }
        return department != null ? department : assignee;
    }

    /** Keeps every department that ever returned the case, with the reason when routing heard it. */
    private void recordReturns(UUID caseId, CaseEventV1 event, String returnedBy) {
        Map<String, CaseReturnRow> newReturns = new LinkedHashMap<>();
        List<String> earlier = event.returnedBy() == null ? List.of() : new ArrayList<>(event.returnedBy());
        for (String department : earlier) {
            newReturns.put(department, new CaseReturnRow(UUID.randomUUID(), caseId, department, "", null));
        }
        newReturns.put(returnedBy, new CaseReturnRow(UUID.randomUUID(), caseId, returnedBy,
                event.reason() == null ? "" : event.reason(), event.occurredAt()));
        newReturns.values().stream()
                .filter(row -> !returns.existsByCaseIdAndDepartment(caseId, row.department()))
                .forEach(returns::save);
    }

    /** A case routing did not open (created by hand in dispatch): learn it from the event itself. */
    private static CaseFile fromEvent(CaseEventV1 event) {
        if (event.department() == null && (event.returnedBy() == null || event.returnedBy().isEmpty())) {
            throw new PoisonMessage("a returned case of which routing knows nothing names no department");
        }
        var grid = event.grid();
        var location = event.location();
        Instant reportedAt = event.reportedAt() != null ? event.reportedAt() : event.occurredAt();
        String department = event.department() != null ? event.department()
                : event.returnedBy().get(event.returnedBy().size() - 1);
        CaseFile.Report first = new CaseFile.Report(event.firstReport(), event.source(), event.reporter(), null,
                location == null ? null : location.lat(), location == null ? null : location.lon(), reportedAt);
        CaseFile.Assignee assignee = new CaseFile.Assignee(department.endsWith("-CENTRE") ? "TOWNSHIP_CENTRE"
                : department.matches("[0-9]{9}-.*") ? "TOWNSHIP_UNIT" : "CITY_DEPARTMENT", department, false);
        return CaseFile.opened(event.caseId(), event.category(), first,
                grid == null ? null : new GridChain(grid.gridCode(), grid.communityCode(), grid.townshipCode(), grid.districtCode()),
                event.priority() == null ? Priority.NORMAL.wire() : event.priority(), assignee, null, null);
    }
}
