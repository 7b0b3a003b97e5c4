package org.gridgov.dispatch.domain;

public enum Priority { URGENT, NORMAL }
