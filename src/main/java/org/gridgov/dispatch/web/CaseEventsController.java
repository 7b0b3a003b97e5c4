package org.gridgov.dispatch.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.gridgov.dispatch.app.CaseNotice;
import org.gridgov.dispatch.app.LiveCases;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.security.Caller;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/v1/cases/events}: a server-sent event stream of the transitions of the cases the
 * caller may see (same scope as the inbox), for pages that show new work without reloading. Events:
 * {@code ready} once connected and this instance reads the transitions (a page shows itself live
 * only then), {@code case} per transition, {@code ping} every 15 s so proxies keep
 * the connection. Browsers read it with fetch and the bearer header (EventSource cannot send one).
 * The stream ends when the access token expires; the page refreshes its token and reconnects.
 */
@Tag(name = "dispatch")
@DocumentedProblems
@Controller("/api/v1/cases/events")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CaseEventsController {

    static final Duration PING_EVERY = Duration.ofSeconds(15);

    @Serdeable
    record Ready(String username, Instant at) {
    }

    @Serdeable
    record Ping(Instant at) {
    }

    @Serdeable
    record Notice(UUID caseId, String number, String type, String state, long version, String category,
                  String department, String townshipCode, String gridCode, Instant occurredAt) {

        static Notice of(CaseNotice n) {
            return new Notice(n.caseId(), n.number(), n.type(), n.state(), n.version(), n.category(), n.department(),
                    n.townshipCode(), n.gridCode(), n.occurredAt());
        }
    }

    private final LiveCases live;

    CaseEventsController(LiveCases live) {
        this.live = live;
    }

    @Operation(operationId = "caseEventStream", summary = "Live case updates in the caller's scope (server-sent events)")
    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<?>> events(Authentication auth) {
        Caller caller = Caller.of(auth);
        Flux<Event<?>> notices = Flux.create(sink -> {
            LiveCases.Feed feed = live.open(caller, notice -> sink.next(
                    Event.of(Notice.of(notice)).name("case").id(notice.caseId() + ":" + notice.version())));
            sink.onDispose(feed::close);
        }, FluxSink.OverflowStrategy.LATEST);
        Flux<Event<?>> pings = Flux.interval(PING_EVERY).map(i -> Event.of(new Ping(Instant.now())).name("ping"));
        Mono<Event<?>> ready = Mono.fromCompletionStage(live.whenListening())
                .then(Mono.fromSupplier(() -> Event.of(new Ready(caller.username(), Instant.now())).name("ready")));
        Flux<Event<?>> stream = Flux.merge(ready, notices, pings);
        Duration left = untilExpiry(auth);
        return left == null ? stream : stream.take(left);
    }

    private static Duration untilExpiry(Authentication auth) {
        Object exp = auth.getAttributes().get("exp");
        Instant expiry = exp instanceof Number seconds ? Instant.ofEpochSecond(seconds.longValue())
                : exp instanceof java.util.Date date ? date.toInstant() : null;
        if (expiry == null) {
            return null;
        }
        Duration left = Duration.between(Instant.now(), expiry);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
