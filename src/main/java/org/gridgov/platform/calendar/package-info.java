/**
 * The working calendar for deadlines: office hours, weekends, public holidays and adjusted working
 * days (调休) as data ({@code calendar/cn-holidays.csv}, from the State Council's yearly notices; it
 * must be checked against them and extended every year). Framework-free; services build a
 * {@link org.gridgov.platform.calendar.WorkingCalendar} with their own configuration.
 */
package org.gridgov.platform.calendar;
