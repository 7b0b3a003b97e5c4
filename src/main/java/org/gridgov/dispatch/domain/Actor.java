package org.gridgov.dispatch.domain;

import java.util.Objects;

/** A named actor in a role. */
public record Actor(String name, ActorRole role) {

    public static final Actor SYSTEM = new Actor("system", ActorRole.SYSTEM);

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }
}
