package org.gridgov.platform.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.problem.ProblemBody;

/**
 * {@code POST /oauth/access_token} with {@code grant_type=refresh_token} (RFC 6749 §6), as JSON or
 * form: a new access token and a new refresh token; the presented one is spent. Errors follow RFC
 * 6749 §5.2 (400 with {@code error}: {@code invalid_request}, {@code unsupported_grant_type},
 * {@code invalid_grant}), as Micronaut's own endpoint answers them, inside a problem+json body.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class TokenRefreshController {

    @Serdeable
    public record RefreshRequest(@Nullable @JsonProperty("grant_type") String grantType,
                                 @Nullable @JsonProperty("refresh_token") String refreshToken) {
    }

    /** RFC 9457 with the two RFC 6749 members an OAuth client reads. */
    @Serdeable
    public record OAuthProblem(String type, String title, int status, String detail, String instance,
                               List<Problem.FieldError> errors, String error,
                               @JsonProperty("error_description") String errorDescription) {
    }

    private final IssueTokens tokens;

    public TokenRefreshController(IssueTokens tokens) {
        this.tokens = tokens;
    }

    @Post(uri = "/oauth/access_token", consumes = {MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    public HttpResponse<?> token(HttpRequest<?> http, @Body RefreshRequest request) {
        if (request.grantType() == null || request.grantType().isBlank()) {
            return refused(http, "invalid_request", "grant_type", "grant_type is required");
        }
        if (!"refresh_token".equals(request.grantType())) {
            return refused(http, "unsupported_grant_type", "grant_type", "grant_type must be refresh_token");
        }
        if (request.refreshToken() == null || request.refreshToken().isBlank() || request.refreshToken().length() > 200) {
            return refused(http, "invalid_request", "refresh_token", "refresh_token is required");
        }
        try {
            return noStore(tokens.forRefresh(request.refreshToken()));
        } catch (IssueTokens.RefreshRefused refused) {
            return refused(http, "invalid_grant", "refresh_token", refused.getMessage());
        }
    }

    static HttpResponse<TokenResponse> noStore(TokenResponse response) {
        return HttpResponse.ok(response).header("Cache-Control", "no-store").header("Pragma", "no-cache");
    }

    private static HttpResponse<OAuthProblem> refused(HttpRequest<?> http, String error, String field, String description) {
        OAuthProblem body = new OAuthProblem("https://gridgov.org/problems/400", "Bad Request", 400, description,
                http.getPath(), List.of(new Problem.FieldError(field, description)), error, description);
        return HttpResponse.<OAuthProblem>status(HttpStatus.BAD_REQUEST).body(body)
                .contentType(ProblemBody.MEDIA_TYPE).header("Cache-Control", "no-store");
    }
}
