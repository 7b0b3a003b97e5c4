package org.gridgov.registry.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.registry.app.Districts;
import org.gridgov.registry.app.WorkMethod;
import org.gridgov.registry.domain.DistrictStanding;
import org.gridgov.registry.domain.NoticeKind;
import org.gridgov.registry.domain.WorkActivity;
import org.gridgov.registry.domain.WorkRecord;

/**
 * The "六个一" work method: what each of the six monthly activities is and what the platform keeps
 * for it (public), a month's records with its ranking (public), and the office's records.
 */
@Tag(name = "registry")
@DocumentedProblems
@Controller("/api/v1/registry/work-method")
@ExecuteOn(TaskExecutors.BLOCKING)
class WorkMethodController {

    private static final String MONTH = "^\\d{4}-(0[1-9]|1[0-2])$";
    private final WorkMethod workMethod;
    private final Districts districts;

    WorkMethodController(WorkMethod workMethod, Districts districts) {
        this.workMethod = workMethod;
        this.districts = districts;
    }

    @Serdeable
    record Activity(String code, String name, String records, boolean recordedHere) {
    }

    @Serdeable
    record RecordView(UUID id, String month, String activity, String activityName, String noticeKind, String noticeKindName,
            String district, String districtName, UUID measureId, String title, String summary, LocalDate heldOn) {
    }

    /**
     * A district's place in the month's ranking (排名) beside its notices: those the score counts (from
     * the supervision record) and those registered here as documents (通报), so a gap shows.
     */
    @Serdeable
    record RankingEntry(int rank, String district, String districtName, double score, Map<String, Integer> noticesCounted,
            Map<String, Integer> noticesRegistered) {
    }

    @Serdeable
    record ActivityMonth(String code, String name, boolean recordedHere, List<RecordView> records) {
    }

    @Serdeable
    record MonthView(String month, List<ActivityMonth> activities, List<RankingEntry> ranking) {
    }

    @Operation(operationId = "workMethodActivities", summary = "The six activities of the \"六个一\" work method")
    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<Activity> activities() {
        return Arrays.stream(WorkActivity.values())
                .map(activity -> new Activity(activity.code(), activity.label(), activity.records(), activity.recordedHere()))
                .toList();
    }

    @Operation(operationId = "workMethodMonth", summary = "A month of the work method: records and ranking")
    @Get("/{month}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    MonthView month(@PathVariable @Pattern(regexp = MONTH) String month) {
        WorkMethod.Month recorded = workMethod.month(YearMonth.parse(month));
        List<RecordView> views = recorded.records().stream().map(this::view).toList();
        List<ActivityMonth> activities = Arrays.stream(WorkActivity.values())
                .map(activity -> new ActivityMonth(activity.code(), activity.label(), activity.recordedHere(),
                        views.stream().filter(view -> view.activity().equals(activity.code())).toList()))
                .toList();
        List<RankingEntry> ranking = recorded.ranking().stream().map(standing -> entry(standing, recorded.records())).toList();
        return new MonthView(month, activities, ranking);
    }

    @Operation(operationId = "recordWorkActivity", summary = "Record a scheduling meeting, inspection, notice, publicity item or consultation")
    @Post("/{month}/records")
    @Secured("REFORM_OFFICE")
    HttpResponse<RecordView> record(@PathVariable @Pattern(regexp = MONTH) String month, @Body @Valid WorkRecordRequest request) {
        WorkRecord record = workMethod.record(YearMonth.parse(month), new WorkMethod.Entry(request.activity(), request.noticeKind(),
                request.district(), request.measureId(), request.title(), request.summary(), request.heldOn()));
        return HttpResponse.created(view(record), URI.create("/api/v1/registry/work-method/" + month));
    }

    private RecordView view(WorkRecord record) {
        return new RecordView(record.id(), record.month().toString(), record.activity().code(), record.activity().label(),
                record.noticeKind() == null ? null : record.noticeKind().code(),
                record.noticeKind() == null ? null : record.noticeKind().label(), record.district(),
                record.district() == null ? null : districts.name(record.district()), record.measureId(), record.title(),
                record.summary(), record.heldOn());
    }

    private RankingEntry entry(DistrictStanding standing, List<WorkRecord> records) {
        Map<String, Integer> counted = new LinkedHashMap<>();
        Map<String, Integer> registered = new LinkedHashMap<>();
        for (NoticeKind kind : NoticeKind.values()) {
            counted.put(kind.code(), standing.supervision().notices(kind));
            registered.put(kind.code(), (int) records.stream()
                    .filter(record -> record.noticeKind() == kind && standing.district().equals(record.district()))
                    .count());
        }
        return new RankingEntry(standing.rank(), standing.district(), districts.name(standing.district()), standing.score(), counted,
                registered);
    }
}
