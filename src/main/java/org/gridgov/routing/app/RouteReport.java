package org.gridgov.routing.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.gridgov.platform.messaging.PoisonMessage;
import org.gridgov.routing.domain.Assignment;
import org.gridgov.routing.domain.AssignmentPolicy;
import org.gridgov.routing.domain.Category;
import org.gridgov.routing.domain.CategoryTable;
import org.gridgov.routing.domain.Deadlines;
import org.gridgov.routing.domain.DuplicateWindow;
import org.gridgov.routing.domain.DuplicateWindows;
import org.gridgov.routing.domain.GridChain;
import org.gridgov.routing.domain.Priority;
import org.gridgov.routing.domain.RuleBook;
import org.gridgov.routing.domain.TimeLimit;
import org.gridgov.routing.messaging.GridV1;
import org.gridgov.routing.messaging.ReportAcceptedV1;
import org.gridgov.routing.persistence.CaseFileRepository;
import org.gridgov.routing.persistence.CaseFileRow;
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
    private final Clock clock;

    RouteReport(RuleRepository rules, CaseFileRepository cases, RoutedReportRepository routedReports,
            CategoryTable categories, DuplicateWindows duplicateWindows, Deadlines deadlines,
            AssignmentPolicy assignments, SeedRules seedRules, Decisions decisions, Clock clock) {
        this.rules = rules;
        this.cases = cases;
        this.routedReports = routedReports;
        this.categories = categories;
        this.duplicateWindows = duplicateWindows;
        this.deadlines = deadlines;
        this.assignments = assignments;
        this.seedRules = seedRules;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Transactional
    public void route(ReportAcceptedV1 report) {
        if (report.schemaVersion() != 1) {
            throw new PoisonMessage("unsupported schemaVersion " + report.schemaVersion() + " of a report");
        }
        if (!ReportAcceptedV1.TYPE.equals(report.type())) {
            return; // another kind of report event: nothing for routing to decide
        }
        if (!seedRules.done()) {
            seedRules.seed(); // a report may arrive before the start-up seeding has run
        }
        // one writer per category at a time, so that two near-simultaneous reports of one event
        // cannot both open a case on two instances
        rules.lock("routing:category:" + report.category());
        if (routedReports.existsById(report.reportId())) {
            return; // the same report published again under another eventId
        }
        // a problem the worker fixed on the spot is its own closed case, never a duplicate of an open one
        Optional<CaseFileRow> openCase = report.isSelfResolved() ? Optional.empty() : findOpenDuplicate(report);
        if (openCase.isPresent()) {
            link(report, openCase.get());
        } else {
            open(report);
        }
    }

    private Optional<CaseFileRow> findOpenDuplicate(ReportAcceptedV1 report) {
        if (report.location() == null) {
            return Optional.empty(); // without a point there is no "near"
        }
        DuplicateWindow window = duplicateWindows.forCategory(report.category());
        return cases.findOpenDuplicate(report.category(), report.location().lat(), report.location().lon(),
                window.radiusMeters(), window.earliest(report.observedAt()), window.latest(report.observedAt()));
    }

    private void link(ReportAcceptedV1 report, CaseFileRow openCase) {
        CaseFileRow seen = cases.update(openCase.seenAgain(report.observedAt()));
        routedReports.save(new RoutedReportRow(report.reportId(), seen.caseId(), RoutedReportRow.REPORT_LINKED,
                clock.instant()));
        decisions.reportLinked(seen, report.reportId(), report.source(), report.reporter(), report.description(),
                report.location(), report.observedAt());
    }

    private void open(ReportAcceptedV1 report) {
        GridChain chain = chain(report.grid());
        String code = report.category();
        RuleBook ruleBook = new RuleBook(RuleMapper.toDomain(rules.findApplicableTo(code, code.substring(0, 2))));
        Assignment assignment = assignments.forNewCase(ruleBook, code, chain);
        Optional<Category> category = categories.find(code);
        Priority priority = category.map(Category::priority).orElse(Priority.NORMAL);
        TimeLimit limit = category.map(deadlines::limitFor).orElse(null);
        Optional<Deadlines.Due> due = category.map(c -> deadlines.due(c, report.receivedAt()));
        due.filter(Deadlines.Due::calendarMissing).ifPresent(d -> warnCalendarMissing(report.receivedAt(), d));
        CaseFileRow file = new CaseFileRow(UUID.randomUUID(), code, report.reportId(), report.source(),
                report.reporter(), report.description(),
                chain == null ? null : chain.gridCode(), chain == null ? null : chain.communityCode(),
                chain == null ? null : chain.townshipCode(), chain == null ? null : chain.districtCode(),
                report.location() == null ? null : report.location().lat(),
                report.location() == null ? null : report.location().lon(),
                priority.wire(), assignment.target().kind().name(), assignment.target().code(),
                assignment.arbitration(), limit == null ? null : limit.value(),
                limit == null ? null : limit.unit().wire(), due.map(Deadlines.Due::at).orElse(null),
                due.map(Deadlines.Due::calendarMissing).orElse(null), report.observedAt(), report.observedAt(), 1,
                !report.isSelfResolved(), 0L);
        cases.save(file);
        routedReports.save(new RoutedReportRow(report.reportId(), file.caseId(), RoutedReportRow.CASE_OPENED,
                clock.instant()));
        if (report.isSelfResolved()) {
            // closed from the start: later reports of the same spot open cases of their own
            decisions.selfResolvedCaseOpened(file, report.resolutionNote(),
                    report.afterPhotos() == null ? java.util.List.of() : report.afterPhotos());
        } else {
            decisions.caseOpened(file);
        }
    }

    static void warnCalendarMissing(Instant from, Deadlines.Due due) {
        LOG.warn("routing deadline from {} to {} reaches a year with no holiday calendar: counted Monday to Friday. "
                + "Enter the State Council's schedule with PUT /api/v1/calendar/{year}", from, due.at());
    }

    static GridChain chain(GridV1 grid) {
        return grid == null ? null
                : new GridChain(grid.gridCode(), grid.communityCode(), grid.townshipCode(), grid.districtCode());
    }
}
