package org.gridgov.platform.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/** 401 and 403 carry a problem+json body like every other error, instead of an empty one. */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> responses;

    public AuthorizationProblemHandler(ErrorResponseProcessor<?> responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        boolean anonymous = exception.isForbidden() == false;
        Problem problem = anonymous
                ? new Problem(401, "Unauthorized", "A valid bearer token is required.", java.util.List.of())
                : Problem.forbidden("Your role or scope does not allow this request.");
        var response = HttpResponse.status(anonymous ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN);
        if (anonymous) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return responses.processResponse(ErrorContext.builder(request).cause(problem).build(), response);
    }
}
