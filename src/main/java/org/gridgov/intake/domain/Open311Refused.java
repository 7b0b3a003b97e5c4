package org.gridgov.intake.domain;

/**
 * Why an Open311 use case refuses, in its own terms; the web layer gives it the Open311 error form
 * and status once. {@code field} names the parameter at fault, where there is one.
 */
public final class Open311Refused extends RuntimeException {

    public enum Kind { BAD_INPUT, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String field;

    private Open311Refused(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static Open311Refused badInput(String field, String message) {
        return new Open311Refused(Kind.BAD_INPUT, field, message);
    }

    public static Open311Refused forbidden(String message) {
        return new Open311Refused(Kind.FORBIDDEN, null, message);
    }

    public static Open311Refused notFound(String message) {
        return new Open311Refused(Kind.NOT_FOUND, null, message);
    }

    public static Open311Refused conflict(String message) {
        return new Open311Refused(Kind.CONFLICT, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
