package org.gridgov.dashboard.domain;

/** Transitions that are counted as events (a case may be returned or reopened several times). */
public enum TransitionKind {
    RETURNED(Counter.RETURNED),
    REOPENED(Counter.REOPENED),
    OTHER(null);

    private final Counter counter;

    TransitionKind(Counter counter) {
        this.counter = counter;
    }

    public Counter counter() {
        return counter;
    }

    public boolean counted() {
        return counter != null;
    }
}
