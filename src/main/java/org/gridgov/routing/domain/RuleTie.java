package org.gridgov.routing.domain;

import java.util.UUID;

/** Two rules equally specific for the same reports: refused at save time, so routing never has to guess. */
public class RuleTie extends RuntimeException {
    private final UUID existingRule;

    public RuleTie(UUID existingRule) {
        super("an equally specific rule for the same category and area already exists: " + existingRule);
        this.existingRule = existingRule;
    }

    public UUID existingRule() {
        return existingRule;
    }
}
