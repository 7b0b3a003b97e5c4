package org.gridgov.routing.domain;

public enum Priority {
    URGENT,
    NORMAL;

    public String wire() {
        return name().toLowerCase();
    }
}
