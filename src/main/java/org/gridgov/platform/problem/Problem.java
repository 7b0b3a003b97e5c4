package org.gridgov.platform.problem;

import java.util.List;
import org.gridgov.platform.refusal.Refusal;

/**
 * A request that cannot be served, as the client should hear it: an HTTP status, a title, a detail
 * and the offending fields. Rendered as {@code application/problem+json} (RFC 9457).
 */
public class Problem extends RuntimeException {

    @io.micronaut.serde.annotation.Serdeable
    public record FieldError(String field, String message) {
    }

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public Problem(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** The one mapping from a use case's refusal to what an HTTP client hears. */
    public static Problem of(Refusal refusal) {
        List<FieldError> fields = refusal.fields().stream().map(f -> new FieldError(f.field(), f.message())).toList();
        return switch (refusal.kind()) {
            case MALFORMED -> new Problem(400, "Bad Request", refusal.detail(), fields);
            case INVALID -> new Problem(422, "Unprocessable Content", refusal.detail(), fields);
            case NOT_ALLOWED -> new Problem(403, "Forbidden", refusal.detail(), fields);
            case NOT_FOUND -> new Problem(404, "Not Found", refusal.detail(), fields);
            case CONFLICT -> new Problem(409, "Conflict", refusal.detail(), fields);
            case STALE -> new Problem(412, "Precondition Failed", refusal.detail(), fields);
            case TOO_MANY -> new TooManyRequests(refusal.detail(), refusal.retryAfter(), fields);
            case UNAVAILABLE -> new Problem(503, "Service Unavailable", refusal.detail(), fields);
        };
    }

    public static Problem badRequest(String field, String detail) {
        return new Problem(400, "Bad Request", detail, List.of(new FieldError(field, detail)));
    }

    public static Problem unprocessable(String field, String detail) {
        return new Problem(422, "Unprocessable Content", detail, List.of(new FieldError(field, detail)));
    }

    public static Problem unauthorized(String detail) {
        return new Problem(401, "Unauthorized", detail, List.of());
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "Not Found", detail, List.of());
    }

    public static Problem conflict(String detail) {
        return new Problem(409, "Conflict", detail, List.of());
    }

    public static Problem forbidden(String detail) {
        return new Problem(403, "Forbidden", detail, List.of());
    }

    public static Problem preconditionFailed(String detail) {
        return new Problem(412, "Precondition Failed", detail, List.of());
    }

    public static Problem unavailable(String detail) {
        return new Problem(503, "Service Unavailable", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
