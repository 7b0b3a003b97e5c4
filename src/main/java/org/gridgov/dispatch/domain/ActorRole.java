package org.gridgov.dispatch.domain;

/**
 * Who acts on a case, as the lifecycle sees it. {@link #REPORTER} is a relation (the caller is the
 * case's reporter), not a login role; {@link #SYSTEM} is dispatch itself (routing decisions,
 * deadline scheduler).
 */
public enum ActorRole {
    SYSTEM, WORKER, DISPATCHER, TOWNSHIP, REPORTER
}
