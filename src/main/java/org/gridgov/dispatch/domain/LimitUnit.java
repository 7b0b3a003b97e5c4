package org.gridgov.dispatch.domain;

public enum LimitUnit { WORKING_HOUR, WORKING_DAY, CALENDAR_HOUR }
