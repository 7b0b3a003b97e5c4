package org.gridgov.dispatch.domain;

import java.util.List;

/** The result of a command: the case after it and the changes, in order. Nothing saved yet. */
public record Outcome(Case after, List<CaseChange> changes) {

    public Outcome {
        changes = List.copyOf(changes);
    }

    public boolean changed() {
        return !changes.isEmpty();
    }
}
