package org.gridgov.platform.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.gridgov.platform.refusal.Refusal;

/** A use case's refusal, as problem+json: {@link Problem#of(Refusal)} says which status each kind gets. */
@Produces
@Singleton
@Requires(classes = ExceptionHandler.class)
public class RefusalHandler implements ExceptionHandler<Refusal, HttpResponse<?>> {

    private final ProblemHandler problems;

    public RefusalHandler(ProblemHandler problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Refusal refusal) {
        return problems.handle(request, Problem.of(refusal));
    }
}
