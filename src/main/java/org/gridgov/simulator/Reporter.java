package org.gridgov.simulator;

/** Who reports an event: a grid worker through the mobile API, or a citizen through Open311. */
public enum Reporter {
    WORKER, CITIZEN
}
