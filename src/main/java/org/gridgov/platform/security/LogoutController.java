package org.gridgov.platform.security;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.security.session.DeviceSessions;
import org.gridgov.platform.security.session.SessionClaims;

/** {@code POST /logout}: ends the caller's device session; its refresh token and access tokens die with it. */
@Tag(name = "platform")
@DocumentedProblems
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LogoutController {

    private final DeviceSessions sessions;

    public LogoutController(DeviceSessions sessions) {
        this.sessions = sessions;
    }

    @Operation(operationId = "logout", summary = "End the caller's session")
    @Post("/logout")
    public HttpResponse<Void> logout(Authentication authentication) {
        Object session = authentication.getAttributes().get(SessionClaims.SESSION);
        if (session != null) {
            sessions.end(authentication.getName(), UUID.fromString(session.toString()), "logout");
        }
        return HttpResponse.noContent();
    }
}
