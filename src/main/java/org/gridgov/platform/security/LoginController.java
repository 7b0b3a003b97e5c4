package org.gridgov.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.gridgov.platform.problem.Problem;

/**
 * {@code POST /login}: a username and password open a device session. The answer carries a short
 * access token and the session's first refresh token (see {@link TokenRefreshController}).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class LoginController {

    /** {@code device} is the name the user will see in the list of their sessions, e.g. "华为 Mate 60". */
    @Serdeable
    public record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
                               @Nullable @Size(max = 100) String device) {
    }

    private final UserDirectory directory;
    private final IssueTokens tokens;

    public LoginController(UserDirectory directory, IssueTokens tokens) {
        this.directory = directory;
        this.tokens = tokens;
    }

    @Post(uri = "/login", consumes = {MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public HttpResponse<TokenResponse> login(@Valid @Body LoginRequest request) {
        UserRow user = directory.authenticate(request.username(), request.password())
                .orElseThrow(() -> Problem.unauthorized("The username or password is wrong, or the account is disabled."));
        return TokenRefreshController.noStore(tokens.forLogin(user, request.device()));
    }
}
