package org.gridgov.platform.time.setting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.time.SettableClock;

/**
 * The platform clock, for a demo that lays down history ({@code ./gridgov simulate --history}): set
 * back to a moment of the past, it runs from there at a chosen speed, and every case, deadline and
 * daily figure reads that time, in every process within a second. It runs in the past only and is
 * the wall clock again once it catches up or is deleted. Only a platform started with
 * {@code gridgov.clock.settable} (the demo) has a settable clock; elsewhere a PUT is refused.
 */
@Tag(name = "platform")
@DocumentedProblems
@Controller("/api/v1/admin/clock")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class ClockController {

    static final double FASTEST = 100_000;
    /** How far back history may start: the working calendar and the case numbers begin in 2000. */
    static final Duration FURTHEST_BACK = Duration.ofDays(3650);

    @Serdeable
    record ClockRequest(@Nullable String at, @Nullable Double speed) {
    }

    /**
     * {@code now} is the platform's time, {@code wall} real time; {@code from}, {@code wallAt} and
     * {@code speed} are the setting in force (absent on the wall clock).
     */
    @Serdeable
    record ClockView(Instant now, Instant wall, boolean settable, boolean simulated, @Nullable Instant from,
                     @Nullable Instant wallAt, @Nullable Double speed) {
    }

    private final Clock clock;
    private final ClockSettingTable table;
    private final ClockSync sync;

    ClockController(Clock clock, ClockSettingTable table, ClockSync sync) {
        this.clock = clock;
        this.table = table;
        this.sync = sync;
    }

    @Operation(operationId = "getClock", summary = "The platform's time, and the setting it runs on if set back")
    @Get
    ClockView get() {
        return view();
    }

    @Operation(operationId = "putClock", summary = "Set the platform clock back to a moment of the past and let it run from there")
    @Put
    ClockView put(@Body ClockRequest request, Authentication caller) {
        SettableClock settable = settable();
        Instant wall = settable.wall().instant();
        Instant at = parseAt(request.at());
        if (!at.isBefore(wall)) {
            throw Problem.unprocessable("at", "at must lie in the past: the platform clock is set back, never ahead (now "
                    + wall + ")");
        }
        if (at.isBefore(wall.minus(FURTHEST_BACK))) {
            throw Problem.unprocessable("at", "at may lie at most " + FURTHEST_BACK.toDays() + " days in the past");
        }
        double speed = request.speed() == null ? 1 : request.speed();
        if (!(speed >= 1 && speed <= FASTEST)) {
            throw Problem.unprocessable("speed", "speed is how many times as fast as the wall clock the platform clock "
                    + "runs: 1 to " + (long) FASTEST);
        }
        // as the database keeps them (microseconds), so that every process, this one too, applies one setting
        SettableClock.Setting setting = new SettableClock.Setting(at.truncatedTo(ChronoUnit.MICROS),
                wall.truncatedTo(ChronoUnit.MICROS), speed);
        table.write(setting, caller.getName());
        sync.apply(settable, Optional.of(setting));
        return view();
    }

    @Operation(operationId = "deleteClock", summary = "Put the platform clock back on the wall clock")
    @Delete
    ClockView delete() {
        SettableClock settable = settable();
        table.clear();
        sync.apply(settable, Optional.empty());
        return view();
    }

    private SettableClock settable() {
        if (clock instanceof SettableClock settable) {
            return settable;
        }
        throw Problem.conflict("the platform clock is the wall clock and cannot be set: only a demo platform "
                + "(gridgov.clock.settable) has a settable clock");
    }

    private static Instant parseAt(@Nullable String at) {
        if (at == null || at.isBlank()) {
            throw Problem.badRequest("at", "at is required: the moment of the past to run from, e.g. 2026-09-01T00:00:00Z");
        }
        try {
            return Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw Problem.badRequest("at", "at must be an instant in ISO-8601 with its offset, e.g. 2026-09-01T00:00:00Z");
        }
    }

    private ClockView view() {
        Instant wall = SettableClock.wallOf(clock).instant();
        if (clock instanceof SettableClock settable) {
            Optional<SettableClock.Setting> setting = settable.setting();
            return new ClockView(clock.instant(), wall, true, setting.isPresent(), setting.map(SettableClock.Setting::from).orElse(null),
                    setting.map(SettableClock.Setting::wallAt).orElse(null), setting.map(SettableClock.Setting::speed).orElse(null));
        }
        return new ClockView(clock.instant(), wall, false, false, null, null, null);
    }
}
