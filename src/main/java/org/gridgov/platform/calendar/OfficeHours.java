package org.gridgov.platform.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The office periods of a working day, in order and not overlapping. The default is the common
 * schedule of Chinese government offices, 08:30–12:00 and 13:30–17:30 (7.5 hours); many cities
 * shift the afternoon in summer, hence configurable.
 */
public record OfficeHours(List<Period> periods) {

    public static final OfficeHours DEFAULT = parse("08:30-12:00,13:30-17:30");

    /** One stretch of office time within a day, {@code start} inclusive and {@code end} exclusive. */
    public record Period(LocalTime start, LocalTime end) {
        public Period {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("office period must end after it starts: " + start + "-" + end);
            }
        }

        Duration length() {
            return Duration.between(start, end);
        }
    }

    public OfficeHours {
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("office hours need at least one period");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("office periods must be in order and not overlap: " + periods);
            }
        }
    }

    /** Parses {@code "08:30-12:00,13:30-17:30"}. */
    public static OfficeHours parse(String text) {
        List<Period> periods = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] bounds = part.strip().split("-");
            if (bounds.length != 2) {
                throw new IllegalArgumentException("office period must look like 08:30-12:00: " + part);
            }
            try {
                periods.add(new Period(LocalTime.parse(bounds[0].strip()), LocalTime.parse(bounds[1].strip())));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("office period must look like 08:30-12:00: " + part, e);
            }
        }
        return new OfficeHours(periods);
    }

    /** Office time in one working day; one "working day" of a time limit is this long. */
    public Duration perDay() {
        return periods.stream().map(Period::length).reduce(Duration.ZERO, Duration::plus);
    }
}
