package org.gridgov.platform.messaging;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;

/**
 * The administrator's view of parked outbox rows: {@code GET /api/v1/admin/outbox/parked}
 * (waiting ones; {@code ?all=true} also those replayed) and
 * {@code POST /api/v1/admin/outbox/parked/{id}/replay}, which puts the row back into its outbox.
 */
@Tag(name = "platform")
@DocumentedProblems
@Controller("/api/v1/admin/outbox/parked")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class ParkedOutboxController {

    private static final int MAX_LISTED = 500;

    @Serdeable
    record ParkedList(long waiting, List<ParkedRows.Parked> items) {
    }

    private final ParkedRows parked;

    ParkedOutboxController(ParkedRows parked) {
        this.parked = parked;
    }

    @Operation(operationId = "listParkedOutbox", summary = "Outbox messages parked because they could not be published")
    @Get
    ParkedList list(@Nullable @QueryValue Boolean all) {
        return new ParkedList(parked.waiting(), parked.list(!Boolean.TRUE.equals(all), MAX_LISTED));
    }

    @Operation(operationId = "replayParkedOutbox", summary = "Publish a parked outbox message again")
    @Post("/{id}/replay")
    ParkedRows.Parked replay(@PathVariable long id, Authentication caller) {
        return parked.replay(id, caller.getName())
                .orElseThrow(() -> Problem.notFound("no parked outbox row " + id));
    }
}
