package org.gridgov.intake.domain;

/**
 * One broken rule, naming the field. {@code MALFORMED} input cannot be read as a report at all
 * (HTTP 400); {@code UNPROCESSABLE} input is well formed but refused by a rule (HTTP 422).
 */
public record Violation(Kind kind, String field, String message) {

    public enum Kind { MALFORMED, UNPROCESSABLE }

    public static Violation malformed(String field, String message) {
        return new Violation(Kind.MALFORMED, field, message);
    }

    public static Violation unprocessable(String field, String message) {
        return new Violation(Kind.UNPROCESSABLE, field, message);
    }
}
