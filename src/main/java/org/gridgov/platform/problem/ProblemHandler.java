package org.gridgov.platform.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

@Produces
@Singleton
@Requires(classes = {Problem.class, ExceptionHandler.class})
public class ProblemHandler implements ExceptionHandler<Problem, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> responses;

    public ProblemHandler(ErrorResponseProcessor<?> responses) {
        this.responses = responses;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Problem problem) {
        var response = HttpResponse.status(io.micronaut.http.HttpStatus.valueOf(problem.status()), problem.title());
        if (problem instanceof TooManyRequests throttled) {
            response.header("Retry-After", Long.toString(throttled.retryAfterSeconds()));
        }
        return responses.processResponse(
                ErrorContext.builder(request).cause(problem).errorMessage(problem.detail()).build(), response);
    }
}
