package org.gridgov.registry.domain;

/**
 * A registry rule refused a command (a stage skipped, a second vote, a unit scoring its own
 * nomination). The adapters turn it into 409 Conflict: the request was well-formed but the state
 * of the register does not allow it.
 */
public class RuleViolation extends RuntimeException {
    public RuleViolation(String detail) {
        super(detail);
    }
}
