package org.gridgov.registry.web;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.registry.app.Districts;
import org.gridgov.registry.app.SuperviseDistricts;
import org.gridgov.registry.domain.DistrictStanding;
import org.gridgov.registry.domain.MonthlySupervision;
import org.gridgov.registry.domain.NoticeKind;

/** Monthly supervision (督导): the office records each district's month; the ranking is public. */
@Tag(name = "registry")
@DocumentedProblems
@Controller("/api/v1/registry/supervision")
@ExecuteOn(TaskExecutors.BLOCKING)
class SupervisionController {

    private static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";
    private final SuperviseDistricts supervision;
    private final Districts districts;

    SupervisionController(SuperviseDistricts supervision, Districts districts) {
        this.supervision = supervision;
        this.districts = districts;
    }

    @Serdeable
    record MonthView(String district, String month, int ledgerTasks, int tasksCompleted, Map<String, Integer> notices) {
    }

    @Serdeable
    record Standing(int rank, String district, String districtName, double score, double progress, int ledgerTasks,
            int tasksCompleted, Map<String, Integer> notices, Integer previousRank, Integer movement, String tie) {
    }

    @Serdeable
    record Ranking(String month, String scoring, List<Standing> standings) {
    }

    @Operation(operationId = "recordSupervisionMonth", summary = "Record or correct a district's supervision month")
    @Put("/{month}/{district}")
    @Secured("REFORM_OFFICE")
    MonthView record(@PathVariable @Pattern(regexp = MONTH) String month, @PathVariable @Pattern(regexp = "^\\d{6}$") String district,
            @Body @Valid SupervisionRequest request) {
        if (request.tasksCompleted() > request.ledgerTasks()) {
            throw Problem.unprocessable("tasksCompleted", "cannot exceed ledgerTasks (" + request.ledgerTasks() + ")");
        }
        Map<NoticeKind, Integer> notices = new EnumMap<>(NoticeKind.class);
        notices.put(NoticeKind.PROMPT, orZero(request.prompts()));
        notices.put(NoticeKind.ASSIGNMENT, orZero(request.assignments()));
        notices.put(NoticeKind.URGING, orZero(request.urgings()));
        notices.put(NoticeKind.ORDER, orZero(request.orders()));
        MonthlySupervision recorded = supervision.record(new MonthlySupervision(district, YearMonth.parse(month),
                request.ledgerTasks(), request.tasksCompleted(), notices));
        return new MonthView(district, month, recorded.ledgerTasks(), recorded.tasksCompleted(), notices(recorded));
    }

    @Operation(operationId = "supervisionRanking", summary = "The monthly supervision ranking of the districts (排名)")
    @Get("/{month}/ranking")
    @Secured(SecurityRule.IS_ANONYMOUS)
    Ranking ranking(@PathVariable @Pattern(regexp = MONTH) String month) {
        List<Standing> standings = supervision.ranking(YearMonth.parse(month)).stream().map(this::standing).toList();
        return new Ranking(month, "100 × share of ledger tasks done, less 1 per 提示单, 2 per 交办单, 4 per 催办单, 8 per 责令书;"
                + " ties: higher progress, then fewer notices of the most severe kind; still equal: shared rank", standings);
    }

    private Standing standing(DistrictStanding standing) {
        MonthlySupervision month = standing.supervision();
        return new Standing(standing.rank(), standing.district(), districts.name(standing.district()), standing.score(),
                Math.round(standing.progress() * 1000) / 1000.0, month.ledgerTasks(), month.tasksCompleted(), notices(month),
                standing.previousRank(), standing.movement(), standing.tie());
    }

    private static Map<String, Integer> notices(MonthlySupervision month) {
        Map<String, Integer> notices = new java.util.LinkedHashMap<>();
        for (NoticeKind kind : NoticeKind.values()) {
            notices.put(kind.code(), month.notices(kind));
        }
        return notices;
    }

    private static int orZero(Integer count) {
        return count == null ? 0 : count;
    }
}
