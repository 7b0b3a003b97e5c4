package org.gridgov.dispatch.domain;

/** Who reported the case first: a grid worker or a citizen (Open311). */
public enum Source { WORKER, CITIZEN }
