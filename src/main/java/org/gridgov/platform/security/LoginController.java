package org.gridgov.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.Set;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.problem.ProblemBody;
import org.gridgov.platform.problem.TooManyRequests;

/**
 * {@code POST /login}: a username and password open a device session. The answer carries a short
 * access token and the session's first refresh token (see {@link TokenRefreshController}).
 */
@Tag(name = "platform")
@DocumentedProblems
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
    private final LoginThrottle throttle;
    private final Validator validator;

    public LoginController(UserDirectory directory, IssueTokens tokens, LoginThrottle throttle, Validator validator) {
        this.directory = directory;
        this.tokens = tokens;
        this.throttle = throttle;
        this.validator = validator;
    }

    /**
     * The address is the TCP peer's: a forwarded-for header is the client's own claim and would let
     * a guesser pick a fresh address per try.
     */
    @Operation(operationId = "login", summary = "Sign in with username and password")
    @ApiResponse(responseCode = "401", description = "Wrong username or password, or a disabled user",
            content = @Content(mediaType = ProblemBody.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
    @ApiResponse(responseCode = "429", description = "Too many failed sign-ins from this address or for this user; see Retry-After",
            content = @Content(mediaType = ProblemBody.MEDIA_TYPE, schema = @Schema(implementation = ProblemBody.class)))
    @Post(uri = "/login", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<TokenResponse> login(HttpRequest<?> http, @Valid @Body LoginRequest request) {
        return openSession(http, request);
    }

    /**
     * The same from an HTML form. Its fields bind one by one as text: the JSON reader, which takes a
     * JSON string field only from a JSON string, would see each form value as a list. The request's
     * own constraints are then checked as for JSON, so both forms refuse alike.
     */
    @Operation(operationId = "login", summary = "Sign in with username and password")
    @Post(uri = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<TokenResponse> loginFromForm(HttpRequest<?> http, @Nullable String username,
                                                     @Nullable String password, @Nullable String device) {
        LoginRequest request = new LoginRequest(withoutNul("username", username), withoutNul("password", password),
                device == null || device.isBlank() ? null : withoutNul("device", device));
        Set<ConstraintViolation<LoginRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return openSession(http, request);
    }

    /** The JSON reader refuses a NUL in any string (PostgreSQL text cannot hold one); a form field the same. */
    private static String withoutNul(String field, @Nullable String value) {
        if (value != null && value.indexOf('\0') >= 0) {
            throw Problem.badRequest(field, "must not contain a NUL character");
        }
        return value;
    }

    private HttpResponse<TokenResponse> openSession(HttpRequest<?> http, LoginRequest request) {
        String address = http.getRemoteAddress().getAddress().getHostAddress();
        throttle.waitBefore(request.username(), address).ifPresent(wait -> {
            throw new TooManyRequests("Too many failed logins; try again later.", wait);
        });
        Optional<UserRow> user = directory.authenticate(request.username(), request.password());
        if (user.isEmpty()) {
            throttle.failed(request.username(), address);
            throw Problem.unauthorized("The username or password is wrong, or the account is disabled.");
        }
        throttle.succeeded(request.username());
        return TokenRefreshController.noStore(tokens.forLogin(user.get(), request.device()));
    }
}
