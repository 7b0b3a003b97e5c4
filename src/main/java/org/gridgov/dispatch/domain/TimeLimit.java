package org.gridgov.dispatch.domain;

/** How long a department has to handle a case, as the category (or routing) sets it. */
public record TimeLimit(int value, LimitUnit unit) {

    /** Shandong hotline rule: handling within 5 working days when nothing else is said. */
    public static final TimeLimit DEFAULT = new TimeLimit(5, LimitUnit.WORKING_DAY);

    public TimeLimit {
        if (value < 1) {
            throw new IllegalArgumentException("time limit must be at least 1");
        }
    }

    /** Length in minutes: working minutes unless the unit is calendar hours. */
    long minutes(WorkingTime calendar) {
        return switch (unit) {
            case WORKING_HOUR, CALENDAR_HOUR -> value * 60L;
            case WORKING_DAY -> value * calendar.workingMinutesPerDay();
        };
    }
}
