package org.gridgov.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.security.session.DeviceSessions;
import org.gridgov.platform.security.session.SessionRow;
import org.gridgov.platform.time.SettableClock;

/** The administrator's view of a user's device sessions, newest use first, and revoking one. */
@Tag(name = "platform")
@DocumentedProblems
@Controller("/api/v1/users/{username}/sessions")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
public class UserSessionsController {

    @Serdeable
    public record SessionView(UUID id, @Nullable String device, Instant createdAt, Instant lastUsedAt,
                              Instant expiresAt, boolean active, @Nullable Instant revokedAt,
                              @Nullable String revokedReason) {
    }

    private final UserDirectory directory;
    private final DeviceSessions sessions;
    private final Clock clock;

    public UserSessionsController(UserDirectory directory, DeviceSessions sessions, Clock clock) {
        this.directory = directory;
        this.sessions = sessions;
        this.clock = SettableClock.wallOf(clock); // sessions live and end in real time
    }

    @Operation(operationId = "listUserSessions", summary = "A user's device sessions")
    @Get
    public List<SessionView> list(@PathVariable String username) {
        existing(username);
        Instant now = clock.instant();
        return sessions.of(username).stream().map(s -> view(s, now)).toList();
    }

    @Operation(operationId = "revokeUserSession", summary = "End one of a user's device sessions")
    @Delete("/{sessionId}")
    public HttpResponse<Void> revoke(@PathVariable String username, @PathVariable UUID sessionId,
                                     Authentication admin) {
        existing(username);
        if (sessions.of(username).stream().noneMatch(s -> s.id().equals(sessionId))) {
            throw Problem.notFound("user '" + username + "' has no session " + sessionId);
        }
        sessions.end(username, sessionId, "revoked by " + admin.getName());
        return HttpResponse.noContent();
    }

    private void existing(String username) {
        if (directory.find(username).isEmpty()) {
            throw Problem.notFound("no user '" + username + "'");
        }
    }

    private static SessionView view(SessionRow s, Instant now) {
        return new SessionView(s.id(), s.device(), s.createdAt(), s.lastUsedAt(), s.expiresAt(), s.liveAt(now),
                s.revokedAt(), s.revokedReason());
    }
}
