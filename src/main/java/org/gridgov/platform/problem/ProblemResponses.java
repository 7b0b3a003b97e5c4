package org.gridgov.platform.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Replaces Micronaut's default error bodies, so that every error the framework itself produces
 * (unknown route, unreadable JSON, failed bean validation, bad parameter) is problem+json too.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponses implements ErrorResponseProcessor<ProblemBody> {

    @Override
    public MutableHttpResponse<ProblemBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return response.body(null);
        }
        Optional<Problem> problem = context.getRootCause()
                .filter(Problem.class::isInstance).map(Problem.class::cast);
        ProblemBody body = problem
                .map(p -> new ProblemBody(ProblemBody.typeFor(p.status()), p.title(), p.status(), p.detail(),
                        context.getRequest().getPath(), p.errors()))
                .orElseGet(() -> fromFramework(context, status, response.reason()));
        return response.body(body).contentType(ProblemBody.MEDIA_TYPE);
    }

    private static ProblemBody fromFramework(ErrorContext context, int status, String reason) {
        List<Problem.FieldError> fields = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        Optional<ConstraintViolationException> violations = context.getRootCause()
                .filter(ConstraintViolationException.class::isInstance).map(ConstraintViolationException.class::cast);
        Optional<Problem.FieldError> unreadable = status >= 400 && status < 500
                ? context.getRootCause().flatMap(ClientErrors::of) : Optional.empty();
        if (violations.isPresent()) {
            for (ConstraintViolation<?> violation : violations.get().getConstraintViolations()) {
                String field = fieldName(violation.getPropertyPath().toString());
                fields.add(new Problem.FieldError(field, violation.getMessage()));
                messages.add(field + ": " + violation.getMessage());
            }
        } else if (unreadable.isPresent()) {
            fields.add(unreadable.get());
            messages.add(unreadable.get().field() + " " + unreadable.get().message());
        } else {
            for (Error error : context.getErrors()) {
                if (!namesJavaTypes(error.getMessage())) {
                    messages.add(error.getMessage());
                }
                error.getPath().ifPresent(path -> fields.add(new Problem.FieldError(fieldName(path),
                        namesJavaTypes(error.getMessage()) ? "cannot be read" : error.getMessage())));
            }
        }
        String detail = status >= 500 && !messages.isEmpty()
                ? "The server could not complete the request."
                : String.join("; ", messages);
        return new ProblemBody(ProblemBody.typeFor(status), reason, status,
                detail.isBlank() ? reason : detail, context.getRequest().getPath(), fields);
    }

    private static final java.util.regex.Pattern JAVA_TYPE =
            java.util.regex.Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*|\\bclass \\S+|Exception\\b");

    /** A framework message that names a Java type or exception is about our code, not the client's input. */
    static boolean namesJavaTypes(String message) {
        return message != null && JAVA_TYPE.matcher(message).find();
    }

    /**
     * Validation paths read "createReport.request.location.lat" or "put.request.grids[0].<list element>":
     * the client knows only "location.lat" and "grids".
     */
    static String fieldName(String path) {
        String[] parts = path.replaceAll("\\[\\d*\\]", "").replaceAll("\\.?<[^>]*>", "").split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }
}
