package org.gridgov.dispatch.domain;

/**
 * A command the case will not carry out. {@link Kind#ILLEGAL_TRANSITION}: the action does not
 * exist in the current state (409); {@link Kind#ROLE}: the action exists but not for this role
 * (403); {@link Kind#RULE}: a lifecycle rule forbids it now (409); {@link Kind#INPUT}: a required
 * field is missing or out of bounds (422, naming {@link #field()}).
 */
public final class CaseRefused extends RuntimeException {

    public enum Kind { ILLEGAL_TRANSITION, ROLE, RULE, INPUT }

    private final Kind kind;
    private final String field;

    private CaseRefused(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    static CaseRefused illegal(CaseState state, CaseAction action) {
        return new CaseRefused(Kind.ILLEGAL_TRANSITION, null,
                "action '" + action.wire() + "' is not allowed in state '" + state.wire() + "'");
    }

    static CaseRefused role(ActorRole role, CaseState state, CaseAction action) {
        return new CaseRefused(Kind.ROLE, null,
                "role " + role + " may not '" + action.wire() + "' a case in state '" + state.wire() + "'");
    }

    static CaseRefused rule(String message) {
        return new CaseRefused(Kind.RULE, null, message);
    }

    static CaseRefused input(String field, String message) {
        return new CaseRefused(Kind.INPUT, field, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
