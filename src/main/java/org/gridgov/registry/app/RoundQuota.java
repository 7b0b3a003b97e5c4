package org.gridgov.registry.app;

/** How many measures a round selects unless it is opened with another number. */
public record RoundQuota(int value) {
    public RoundQuota {
        if (value < 1) {
            throw new IllegalArgumentException("gridgov.registry.quota must be at least 1");
        }
    }
}
