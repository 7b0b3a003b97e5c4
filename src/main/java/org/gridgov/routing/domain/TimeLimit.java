package org.gridgov.routing.domain;

import java.util.Objects;

public record TimeLimit(int value, LimitUnit unit) {
    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (value < 1) {
            throw new IllegalArgumentException("a time limit is at least 1: " + value);
        }
    }
}
