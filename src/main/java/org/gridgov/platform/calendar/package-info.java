/**
 * The working calendar for deadlines: office hours, weekends, public holidays and adjusted working
 * days (调休) as data, from the State Council's yearly notices. Framework-free; the table an
 * administrator edits at run time, its seeding from {@code calendar/cn-holidays.csv} and the
 * calendar every service computes on live in {@link org.gridgov.platform.calendar.store}.
 */
package org.gridgov.platform.calendar;
