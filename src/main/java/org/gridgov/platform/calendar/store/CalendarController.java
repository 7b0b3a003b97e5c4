package org.gridgov.platform.calendar.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gridgov.platform.calendar.CalendarDay;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;

/**
 * The working calendar as an administrator keeps it: one year's public holidays and adjusted
 * working days (调休上班), as the State Council's notice for that year sets them. A PUT replaces the
 * year whole; deadlines computed after it commits use it, in every process (see {@link WorkingCalendars}).
 */
@Tag(name = "platform")
@DocumentedProblems
@Controller("/api/v1/calendar")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class CalendarController {

    /** One dated entry: {@code kind} is {@code holiday} (no work) or {@code workday} (调休上班 on a weekend). */
    @Serdeable
    record DayEntry(@Nullable String date, @Nullable String kind, @Nullable String name) {
    }

    @Serdeable
    record CalendarYearRequest(@Nullable String notice, @Nullable List<DayEntry> days) {
    }

    @Serdeable
    record CalendarYearView(int year, String notice, List<DayEntry> days, Instant updatedAt, String updatedBy) {

        static CalendarYearView of(CalendarTable.StoredYear stored) {
            return new CalendarYearView(stored.year(), stored.notice(), stored.days().stream()
                    .map(d -> new DayEntry(d.date().toString(), d.kind().name().toLowerCase(Locale.ROOT), d.name()))
                    .toList(), stored.updatedAt(), stored.updatedBy());
        }
    }

    private final CalendarTable table;

    CalendarController(CalendarTable table) {
        this.table = table;
    }

    @Operation(operationId = "getCalendar", summary = "The working calendar of a year (holidays and make-up days)")
    @Get("/{year}")
    CalendarYearView get(@PathVariable String year) {
        int parsed = YearSchedule.year(year);
        return table.find(parsed).map(CalendarYearView::of).orElseThrow(() -> Problem.notFound("no working calendar for "
                + parsed + ": deadlines reaching it count Monday to Friday and are flagged calendarMissing"));
    }

    @Operation(operationId = "putCalendar", summary = "Replace the working calendar of a year")
    @Put("/{year}")
    CalendarYearView put(@PathVariable String year, @Body CalendarYearRequest request, Authentication caller) {
        int parsed = YearSchedule.year(year);
        YearSchedule schedule = YearSchedule.validate(parsed, request.notice(), request.days() == null ? null
                : request.days().stream().map(d -> d == null ? null : new YearSchedule.Entry(d.date(), d.kind(), d.name()))
                        .toList());
        List<CalendarDay> days = schedule.days();
        return CalendarYearView.of(table.replace(parsed, schedule.notice(), days, caller.getName()));
    }
}
