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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.platform.problem.DocumentedProblems;
import org.gridgov.platform.problem.Problem;
import org.gridgov.platform.problem.ProblemBody;

/**
 * {@code POST /oauth/access_token} with {@code grant_type=refresh_token} (RFC 6749 §6), as JSON or
 * form: a new access token and a new refresh token; the presented one is spent. Errors follow RFC
 * 6749 §5.2 (400 with {@code error}: {@code invalid_request}, {@code unsupported_grant_type},
 * {@code invalid_grant}), as Micronaut's own endpoint answers them, inside a problem+json body.
 */
@Tag(name = "platform")
@DocumentedProblems
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

    /** The JSON form of the request, read as strictly as every other JSON body. */
    @Operation(operationId = "refreshToken", summary = "Exchange a refresh token for a new access token")
    @Post(uri = "/oauth/access_token", consumes = MediaType.APPLICATION_JSON)
    public HttpResponse<?> token(HttpRequest<?> http, @Body RefreshRequest request) {
        return answer(http, request);
    }

    /**
     * The form encoding RFC 6749 §4.1.3/§6 prescribes. Its values are strings by definition, so the
     * body is parsed here rather than bound through the JSON reader (whose strict string rule saw
     * the form's value lists and refused them). A parameter given twice is refused (RFC 6749 §3.2).
     */
    @Operation(operationId = "refreshToken", summary = "Exchange a refresh token for a new access token")
    @Post(uri = "/oauth/access_token", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> tokenFromForm(HttpRequest<?> http, @Nullable @Body String body) {
        Map<String, String> form = new HashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name;
                String value;
                try {
                    name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return refused(http, "invalid_request", "body", "the form body is not valid URL encoding");
                }
                if (form.putIfAbsent(name, value) != null) {
                    return refused(http, "invalid_request", name, name + " must not be given more than once");
                }
            }
        }
        for (String value : form.values()) {
            if (value.indexOf('\0') >= 0) {
                return refused(http, "invalid_request", "body", "the form must not contain a NUL character");
            }
        }
        return answer(http, new RefreshRequest(form.get("grant_type"), form.get("refresh_token")));
    }

    private HttpResponse<?> answer(HttpRequest<?> http, RefreshRequest request) {
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
