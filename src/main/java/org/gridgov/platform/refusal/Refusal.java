package org.gridgov.platform.refusal;

import java.time.Duration;
import java.util.List;

/**
 * A command a use case will not carry out, said in the use case's own terms: what kind of refusal
 * it is and which input fields it concerns. It knows nothing of HTTP or Kafka. The web layer
 * renders it as problem+json (one mapping, in {@code platform.problem}); a message inbox dead-letters
 * it at once unless it is {@link #retriable()}, since the same message would be refused again.
 */
public class Refusal extends RuntimeException {

    /** What the caller should understand; each kind has one status in the web mapping. */
    public enum Kind {
        /** The input cannot be read as what it claims to be (a malformed id, a wrong type). */
        MALFORMED,
        /** The input reads fine but breaks a rule about its values (a date out of range, an unknown code). */
        INVALID,
        /** The caller is known but may not do this. */
        NOT_ALLOWED,
        /** The thing does not exist, or not for this caller. */
        NOT_FOUND,
        /** The current state does not allow it (a duplicate, a closed round). */
        CONFLICT,
        /** The caller acted on a version that is no longer the current one. */
        STALE,
        /** The caller must wait before asking again ({@link #retryAfter()}). */
        TOO_MANY,
        /** Something this use case depends on does not answer now; the same request may succeed later. */
        UNAVAILABLE
    }

    /** An input field the refusal concerns, named as the caller sent it. */
    public record FieldError(String field, String message) {
    }

    private final Kind kind;
    private final List<FieldError> fields;
    private final Duration retryAfter;

    protected Refusal(Kind kind, String detail, List<FieldError> fields, Duration retryAfter) {
        super(detail);
        this.kind = kind;
        this.fields = List.copyOf(fields);
        this.retryAfter = retryAfter;
    }

    public static Refusal malformed(String field, String detail) {
        return new Refusal(Kind.MALFORMED, detail, List.of(new FieldError(field, detail)), null);
    }

    /** Several unreadable fields at once, each with its own message. */
    public static Refusal malformed(String detail, List<FieldError> fields) {
        return new Refusal(Kind.MALFORMED, detail, fields, null);
    }

    public static Refusal invalid(String field, String detail) {
        return new Refusal(Kind.INVALID, detail, List.of(new FieldError(field, detail)), null);
    }

    public static Refusal invalid(String detail, List<FieldError> fields) {
        return new Refusal(Kind.INVALID, detail, fields, null);
    }

    public static Refusal notAllowed(String detail) {
        return new Refusal(Kind.NOT_ALLOWED, detail, List.of(), null);
    }

    public static Refusal notAllowed(String field, String detail) {
        return new Refusal(Kind.NOT_ALLOWED, detail, List.of(new FieldError(field, detail)), null);
    }

    public static Refusal notFound(String detail) {
        return new Refusal(Kind.NOT_FOUND, detail, List.of(), null);
    }

    public static Refusal conflict(String detail) {
        return new Refusal(Kind.CONFLICT, detail, List.of(), null);
    }

    /** A conflict the caller can trace to its own input, named in {@code fields}. */
    public static Refusal conflict(String detail, List<FieldError> fields) {
        return new Refusal(Kind.CONFLICT, detail, fields, null);
    }

    public static Refusal stale(String detail) {
        return new Refusal(Kind.STALE, detail, List.of(), null);
    }

    public static Refusal tooMany(String field, String detail, Duration retryAfter) {
        return new Refusal(Kind.TOO_MANY, detail, List.of(new FieldError(field, detail)), retryAfter);
    }

    public static Refusal unavailable(String detail) {
        return new Refusal(Kind.UNAVAILABLE, detail, List.of(), null);
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> fields() {
        return fields;
    }

    /** How long to wait before asking again ({@link Kind#TOO_MANY}); null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whether the same command may succeed later without any change to it. */
    public boolean retriable() {
        return kind == Kind.UNAVAILABLE;
    }
}
