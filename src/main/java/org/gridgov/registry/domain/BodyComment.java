package org.gridgov.registry.domain;

/** A body consulted on the list (province, city or district level) and what it said. */
public record BodyComment(String body, String comment) {
    public BodyComment {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("body must not be blank");
        }
        comment = comment == null ? "" : comment;
    }
}
