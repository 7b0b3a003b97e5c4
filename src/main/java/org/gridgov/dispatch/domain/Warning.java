package org.gridgov.dispatch.domain;

/** Deadline signal: yellow shortly before the deadline, red (overdue) at it. */
public enum Warning { NONE, YELLOW, RED }
