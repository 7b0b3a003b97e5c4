package org.gridgov.routing.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gridgov.routing.domain.AcceptedReport;
import org.gridgov.routing.domain.Assignment;
import org.gridgov.routing.domain.AssignmentPolicy;
import org.gridgov.routing.domain.CaseFile;
import org.gridgov.routing.domain.Category;
import org.gridgov.routing.domain.CategoryTable;
import org.gridgov.routing.domain.Deadlines;
import org.gridgov.routing.domain.DuplicateLocks;
import org.gridgov.routing.domain.DuplicateWindow;
import org.gridgov.routing.domain.DuplicateWindows;
import org.gridgov.routing.domain.GridChain;
import org.gridgov.routing.domain.Priority;
import org.gridgov.routing.domain.RuleBook;
import org.gridgov.routing.domain.TimeLimit;
import org.gridgov.routing.messaging.Decisions;
import org.gridgov.routing.persistence.AdvisoryLocks;
import org.gridgov.routing.persistence.CaseFileMapping;
import org.gridgov.routing.persistence.CaseFileRepository;
import org.gridgov.routing.persistence.RoutedReportRepository;
import org.gridgov.routing.persistence.RoutedReportRow;
import org.gridgov.routing.persistence.RuleMapper;
import org.gridgov.routing.persistence.RuleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Decides what an accepted report becomes: a duplicate of an open case, or a new case with a target. */
@Singleton
public class RouteReport {

    private static final Logger LOG = LoggerFactory.getLogger(RouteReport.class);

    private final RuleRepository rules;
    private final CaseFileRepository cases;
    private final RoutedReportRepository routedReports;
    private final CategoryTable categories;
    private final DuplicateWindows duplicateWindows;
    private final Deadlines deadlines;
    private final AssignmentPolicy assignments;
    private final SeedRules seedRules;
    private final Decisions decisions;
    private final AdvisoryLocks advisoryLocks;
    private final Clock clock;

    RouteReport(RuleRepository rules, CaseFileRepository cases, RoutedReportRepository routedReports,
            CategoryTable categories, DuplicateWindows duplicateWindows, Deadlines deadlines,
            AssignmentPolicy assignments, SeedRules seedRules, Decisions decisions, AdvisoryLocks advisoryLocks,
            Clock clock) {
        this.rules = rules;
        this.cases = cases;
        this.routedReports = routedReports;
        this.categories = categories;
        this.duplicateWindows = duplicateWindows;
        this.deadlines = deadlines;
        this.assignments = assignments;
        this.seedRules = seedRules;
        this.decisions = decisions;
        this.advisoryLocks = advisoryLocks;
        this.clock = clock;
    }

    /**
     * Routes reports in one transaction, in their order. Two near-simultaneous reports of one event
     * must not both open a case, on one instance or two: the batch first takes the locks of
     * {@link DuplicateLocks}, all of them, in one order, so that reports that could be duplicates
     * take turns and two consumers' batches wait for each other instead of deadlocking.
     */
    @Transactional
    public void routeAll(List<AcceptedReport> reports) {
        if (!seedRules.done()) {
            seedRules.seed(); // a report may arrive before the start-up seeding has run
        }
        advisoryLocks.takeAll(DuplicateLocks.forReports(reports,
                category -> duplicateWindows.forCategory(category).radiusMeters()));
        reports.forEach(this::routeLocked);
    }

    private void routeLocked(AcceptedReport report) {
        if (routedReports.existsById(report.reportId())) {
            return; // the same report published again under another eventId
        }
        // a problem the worker fixed on the spot is its own closed case, never a duplicate of an open one
        Optional<CaseFile> openCase = report.selfResolved() ? Optional.empty() : findOpenDuplicate(report);
        if (openCase.isPresent()) {
            link(report, openCase.get());
        } else {
            open(report);
        }
    }

    private Optional<CaseFile> findOpenDuplicate(AcceptedReport report) {
        if (report.location() == null) {
            return Optional.empty(); // without a point there is no "near"
        }
        DuplicateWindow window = duplicateWindows.forCategory(report.category());
        return cases.findOpenDuplicate(report.category(), report.location().lat(), report.location().lon(),
                window.radiusMeters(), window.earliest(report.observedAt()), window.latest(report.observedAt()))
                .map(CaseFileMapping::toDomain);
    }

    private void link(AcceptedReport report, CaseFile openCase) {
        CaseFile seen = CaseFileMapping.toDomain(cases.update(CaseFileMapping.toRow(openCase.seenAgain(report.observedAt()))));
        routedReports.save(new RoutedReportRow(report.reportId(), seen.caseId(), RoutedReportRow.REPORT_LINKED,
                clock.instant()));
        decisions.reportLinked(seen, report.asCaseReport());
    }

    private void open(AcceptedReport report) {
        GridChain chain = report.grid();
        String code = report.category();
        RuleBook ruleBook = new RuleBook(RuleMapper.toDomain(rules.findApplicableTo(code, code.substring(0, 2))));
        Assignment assignment = assignments.forNewCase(ruleBook, code, chain);
        Optional<Category> category = categories.find(code);
        Priority priority = category.map(Category::priority).orElse(Priority.NORMAL);
        TimeLimit limit = category.map(deadlines::limitFor).orElse(null);
        Optional<Deadlines.Due> due = category.map(c -> deadlines.due(c, report.receivedAt()));
        due.filter(Deadlines.Due::calendarMissing).ifPresent(d -> warnCalendarMissing(report.receivedAt(), d));
        CaseFile opened = CaseFile.opened(UUID.randomUUID(), code, report.asCaseReport(), chain, priority.wire(),
                CaseFile.Assignee.of(assignment), limit, due.orElse(null));
        // closed from the start: later reports of the same spot open cases of their own
        CaseFile file = report.selfResolved() ? opened.closedAtOnce() : opened;
        cases.save(CaseFileMapping.toRow(file));
        routedReports.save(new RoutedReportRow(report.reportId(), file.caseId(), RoutedReportRow.CASE_OPENED,
                clock.instant()));
        if (report.selfResolved()) {
            decisions.selfResolvedCaseOpened(file, report.selfResolution());
        } else {
            decisions.caseOpened(file);
        }
    }

    static void warnCalendarMissing(Instant from, Deadlines.Due due) {
        LOG.warn("routing deadline from {} to {} reaches a year with no holiday calendar: counted Monday to Friday. "
                + "Enter the State Council's schedule with PUT /api/v1/calendar/{year}", from, due.at());
    }
}
